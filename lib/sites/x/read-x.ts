import type { Reading } from '../../reading/reading';
import type { PageInput } from '../page-input';

/** The X reader (being written: see the open issue on readers for TikTok, Instagram, X and LinkedIn). */
export function readX(input: PageInput): Reading {
  throw new Error(`the X reader is not written yet (${input.url})`);
}
