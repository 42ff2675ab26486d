/**
 * A channel header read from the rendered DOM, for when the page's data does not describe the current channel.
 * Rows are "@handle" and "1.2M subscribers • 500 videos"; counts are read by position, as from the data.
 */
import type { CreatorReading } from '../../reading/reading';
import { agreedText, cleanText } from '../dom-text';
import type { ProblemLog } from '../reader-problems';
import * as selectors from './selectors';
import { youtubeCount, youtubeSubscriberCount } from './youtube-counts';

export function readChannelDom(root: ParentNode, lang: string | null, problems: ProblemLog): CreatorReading | null {
  const rows = rowsOf(root);
  const handleRow = rows.find((parts) => parts[0]?.startsWith('@'));
  const countRow = [...rows].reverse().find((parts) => parts.length >= 2 && parts.slice(0, 2).every((part) => /\d/.test(part) && !part.startsWith('@')));
  let followers = countRow ? youtubeSubscriberCount(countRow[0], lang, 'text') : null;
  let posts = countRow ? youtubeCount(countRow[1], lang, 'text') : null;
  if (!countRow) {
    // –2024 header
    followers = youtubeSubscriberCount(agreedText(root, selectors.c4Subscribers).value, lang, 'text');
    posts = youtubeCount(agreedText(root, selectors.c4VideosCount).value, lang, 'text');
  }
  const handle = handleRow?.[0]?.slice(1) ?? null;
  const name = agreedText(root, selectors.channelHeaderName).value;
  if (!handle && !name && !followers) return null;
  const creator: CreatorReading = { handle, name };
  if (handle) creator.url = `https://www.youtube.com/@${handle}`;
  if (followers) creator.followers = followers;
  else problems.notFound('creator.followers', 'no subscriber count in the header');
  if (posts) creator.posts = posts;
  else problems.notFound('creator.posts', 'no video count in the header');
  return creator;
}

/** The handle the rendered channel header shows ("@name" row of the 2024– header, #channel-handle of 2022–2024). */
export function shownChannelHandle(root: ParentNode): string | null {
  const row = rowsOf(root).find((parts) => parts[0]?.startsWith('@'))?.[0] ?? agreedText(root, selectors.c4Handle).value;
  return row?.startsWith('@') ? row.slice(1) : null;
}

function rowsOf(root: ParentNode): string[][] {
  for (const selector of selectors.channelHeaderRows) {
    const rows = [...root.querySelectorAll(selector)];
    if (!rows.length) continue;
    return rows.map((row) =>
      (cleanText(row.textContent) ?? '')
        .split(/\s*[•·]\s*/)
        .filter(Boolean),
    );
  }
  return [];
}
