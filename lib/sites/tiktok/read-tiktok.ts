import type { Reading } from '../../reading/reading';
import type { PageInput } from '../page-input';

/** The TikTok reader (being written: see the open issue on readers for TikTok, Instagram, X and LinkedIn). */
export function readTikTok(input: PageInput): Reading {
  throw new Error(`the TikTok reader is not written yet (${input.url})`);
}
