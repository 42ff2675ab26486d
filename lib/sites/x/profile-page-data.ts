/**
 * What an X profile page embeds about its user, exact where the header shows "12.3K posts" and "45.6K Followers":
 *   JSON-LD `<script type="application/ld+json" data-testid="UserProfileSchema-test">`, a ProfilePage whose
 *     mainEntity (2024–; `author` in 2023) is the Person the page is about, named by additionalName (the handle),
 *     with interactionStatistic counters: FollowAction ("Follows") → followers, SubscribeAction ("Friends") →
 *     following, WriteAction ("Tweets") → posts;
 *   `window.__INITIAL_STATE__` entities.users.entities: v1.1 user objects (followers_count, friends_count,
 *     statuses_count) keyed by id: the profile's user on x.com/<handle> (scrapers read its id_str and followers_count
 *     there), and the signed-in viewer's.
 * Both are the server's (first load) and stay in the page: only a user whose handle is the URL's is read, and a
 * ProfilePage about anyone else is reported stale.
 */
import type { CreatorReading } from '../../reading/reading';
import { readAssignedJson } from '../embedded-json';
import { type Json, asArray, asRecord, asString, at } from '../json-path';
import type { ProblemLog } from '../reader-problems';
import { readUser, sameHandle } from './user-data';
import { xJsonCount } from './x-counts';

/** A counter's interactionType (its last part) or name → the count it is. */
const COUNTERS: Record<string, 'followers' | 'following' | 'posts'> = {
  FollowAction: 'followers',
  Follows: 'followers',
  SubscribeAction: 'following',
  Friends: 'following',
  WriteAction: 'posts',
  Tweets: 'posts',
};

export function readProfilePageData(root: Document, handle: string, problems: ProblemLog): CreatorReading[] {
  const found: CreatorReading[] = [];
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    let person: Record<string, Json> | null = null;
    try {
      const page = JSON.parse(script.textContent ?? '') as Json;
      if (at(page, '@type') === 'ProfilePage') person = asRecord(at(page, 'mainEntity')) ?? asRecord(at(page, 'author'));
    } catch {
      // a malformed JSON-LD block says nothing about the user
    }
    const shown = asString(person?.additionalName);
    if (!person || !shown) continue;
    if (!sameHandle(shown, handle)) {
      problems.add('creator', 'stale', `JSON-LD is about @${shown}, not @${handle}`);
      continue;
    }
    const creator: CreatorReading = { handle: shown, name: asString(person.givenName), url: `https://x.com/${shown}` };
    for (const statistic of asArray(person.interactionStatistic)) {
      const metric = COUNTERS[(asString(at(statistic, 'interactionType')) ?? asString(at(statistic, 'name')) ?? '').split('/').pop()!];
      const count = xJsonCount(at(statistic, 'userInteractionCount'), 'embedded');
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
