/**
 * A saved page (or saved JSON response) given as FILE --url URL, read as the extension reads a page: the one way the
 * `report` and `backup` commands turn their arguments into readings. Errors name the file (and the URL when reading
 * failed), so a run over many pages says which one could not be used.
 */
import { readFileSync } from 'node:fs';
import type { Reading } from '../../lib/reading/reading';
import { readPage } from '../../lib/sites/read-page';
import { loadSavedPage } from '../saved-page';

export interface PageArg {
  file: string;
  url: string;
}

export function readSavedPage(page: PageArg, lang: string | null): Reading {
  let text: string;
  try {
    text = readFileSync(page.file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${page.file}: ${(error as Error).message}`);
  }
  const saved = loadSavedPage(text, page.url);
  try {
    return readPage({ url: page.url, root: saved.document, responses: saved.responses, now: new Date(), lang });
  } catch (error) {
    throw new Error(`${page.file} (${page.url}): ${(error as Error).message}`);
  } finally {
    void saved.close();
  }
}
