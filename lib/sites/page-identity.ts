import type { CreatorKind, Platform, Surface } from '../reading/reading';

/** What a URL says about the page before anything is read: which site, which kind of page, whose and which post. */
export interface PageIdentity {
  platform: Platform;
  surface: Surface;
  /** Without "@", as written in the URL. */
  handle?: string;
  /** 'company' when the URL names a company page (LinkedIn /company/slug); absent for the platform's default kind. */
  creatorKind?: CreatorKind;
  /** A platform id of the creator in the URL (YouTube /channel/UC…). */
  creatorId?: string;
  postId?: string;
  /** A finer name of the page, for reader names and health: "watch", "shorts", "channel", "status", … */
  page: string;
}
