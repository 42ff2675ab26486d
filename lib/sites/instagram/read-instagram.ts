import type { Reading } from '../../reading/reading';
import type { PageInput } from '../page-input';

/** The Instagram reader (being written: see the open issue on readers for TikTok, Instagram, X and LinkedIn). */
export function readInstagram(input: PageInput): Reading {
  throw new Error(`the Instagram reader is not written yet (${input.url})`);
}
