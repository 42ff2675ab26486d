/**
 * One entry for every reader: which site the URL belongs to decides which reader reads it. The content scripts,
 * the CLI and the tests all go through here.
 */
import type { Reading } from '../reading/reading';
import { identifyPage } from './identify-page';
import type { PageInput } from './page-input';
import { readYouTube } from './youtube/read-youtube';
import type { Platform } from '../reading/reading';

const READERS: Partial<Record<Platform, (input: PageInput) => Reading>> = {
  youtube: readYouTube,
};

export function readPage(input: PageInput): Reading {
  const identity = identifyPage(input.url);
  if (!identity) throw new Error(`Castlist does not read ${new URL(input.url).hostname}: not one of the supported sites`);
  const reader = READERS[identity.platform];
  if (!reader) throw new Error(`no reader for ${identity.platform} yet`);
  return reader(input);
}
