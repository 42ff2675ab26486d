import type { Reading } from '../../reading/reading';
import type { PageInput } from '../page-input';

/** The LinkedIn reader (being written: see the open issue on readers for TikTok, Instagram, X and LinkedIn). */
export function readLinkedIn(input: PageInput): Reading {
  throw new Error(`the LinkedIn reader is not written yet (${input.url})`);
}
