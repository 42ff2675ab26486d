/**
 * What an X profile page embeds about its user, exact where the header shows "12.3K posts" and "45.6K Followers":
 *   JSON-LD `<script type="application/ld+json" data-testid="UserProfileSchema-test">`, a ProfilePage whose
 *     mainEntity (2024–; `author` in 2023) is the Person the page is about, named by additionalName (the handle),
 *     with interactionStatistic counters: FollowAction ("Follows") → followers, SubscribeAction ("Friends") →
 *     following, WriteAction ("Tweets") → posts;
 *   `window.__INITIAL_STATE__` entities.users.entities: v1.1 user objects (followers_count, friends_count,
 *     statuses_count), the signed-in viewer's and any other the server sent.
 * Both are the server's (first load) and stay in the page: only a user whose handle is the URL's is read, and a
 * ProfilePage about anyone else is reported stale.
 */
import type { SourcedCount } from '../../count';
import type { CreatorReading } from '../../reading/reading';
import { readAssignedJson } from '../embedded-json';
import { type Json, asArray, asRecord, asString, at } from '../json-path';
import type { ProblemLog } from '../reader-problems';
import { readUser, sameHandle } from './user-data';
import { xJsonCount } from './x-counts';

/** interactionType (or, without one, name) → the count it is. */
const COUNTERS: [RegExp, 'followers' | 'following' | 'posts'][] = [
  [/FollowAction$|^Follows$/, 'followers'],
  [/SubscribeAction$|^Friends$/, 'following'],
  [/WriteAction$|^Tweets$/, 'posts'],
];

export function readProfilePageData(root: Document, handle: string, problems: ProblemLog): CreatorReading[] {
  const found: CreatorReading[] = [];
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    let json: Json;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a malformed JSON-LD block says nothing about the user
    }
    if (at(json, '@type') !== 'ProfilePage') continue;
    const person = asRecord(at(json, 'mainEntity')) ?? asRecord(at(json, 'author'));
    const shown = asString(person?.additionalName);
    if (!person || !shown) continue;
    if (!sameHandle(shown, handle)) {
      problems.add('creator', 'stale', `JSON-LD is about @${shown}, not @${handle}`);
      continue;
    }
    const creator: CreatorReading = { handle: shown, name: asString(person.givenName), url: `https://x.com/${shown}` };
    const id = asString(person.identifier);
    if (id) creator.id = id;
    for (const statistic of asArray(person.interactionStatistic)) {
      const kind = asString(at(statistic, 'interactionType')) ?? asString(at(statistic, 'interactionType', '@type')) ?? asString(at(statistic, 'name')) ?? '';
      const metric = COUNTERS.find(([pattern]) => pattern.test(kind))?.[1];
      const count: SourcedCount | null = xJsonCount(at(statistic, 'userInteractionCount'), 'embedded');
      if (metric && count) creator[metric] = count;
    }
    found.push(creator);
  }
  const users = asRecord(at(readAssignedJson(root, '__INITIAL_STATE__'), 'entities', 'users', 'entities')) ?? {};
  for (const user of Object.values(users)) {
    const creator = readUser(user, 'embedded');
    if (creator && sameHandle(creator.handle, handle)) found.push(creator);
  }
  return found;
}
