/**
 * The v3 → v4 upgrade, run once by Dexie inside the version-change transaction (so it is applied whole or not at
 * all). Nothing stored is lost: every row is kept, moved to its new key or given the fields v4 adds.
 *
 *   creators          every row gets `kind`; LinkedIn company pages, stored before v4 under the person-style key
 *                     `linkedin:<slug>`, move to `linkedin:company:<slug>` with their posts' creatorKey, their
 *                     snapshots (entityKey and id) and their shortlist entries' creatorKey
 *   shortlistEntries  statuses booked → approved, declined → rejected; tags [], fields {rate, email, agency: null},
 *                     kpisAtAdd null
 *
 * A v3 row is a company when its stored profile URL is a /company/ URL. Before v4 a person /in/acme and a company
 * /company/acme shared one row; when such a row's snapshots were read on both pages, each snapshot goes to the kind
 * of the page it was read on (a snapshot read elsewhere, e.g. on a post page, follows the row), and the kind that
 * has snapshots but not the row gets a row of its own, rebuilt from them.
 *
 * This file is frozen with v4: it parses LinkedIn URLs itself rather than through lib/sites, whose readers change.
 */
import Dexie, { type Transaction } from 'dexie';
import { creatorKeyOf, entityKeyOf } from '../reading/keys';
import type { CreatorRow, PostRow, ShortlistEntryRow, SnapshotRow } from './rows';

type LinkedInProfileKind = 'in' | 'company';

const STATUS_RENAMES: Record<string, ShortlistEntryRow['status']> = { booked: 'approved', declined: 'rejected' };

export async function upgradeToV4(tx: Transaction): Promise<void> {
  await rekeyLinkedInCompanies(tx);
  await tx
    .table<CreatorRow, string>('creators')
    .toCollection()
    .modify((creator) => {
      creator.kind ??= 'person';
    });
  await tx
    .table<ShortlistEntryRow, string>('shortlistEntries')
    .toCollection()
    .modify((entry) => {
      entry.status = STATUS_RENAMES[entry.status] ?? entry.status;
      entry.tags ??= [];
      entry.fields ??= { rate: null, email: null, agency: null };
      entry.kpisAtAdd ??= null;
    });
}

/** `https://www.linkedin.com/company/acme/` → { kind: 'company', slug: 'acme' }; any other URL → null. */
export function linkedInProfileOfUrl(url: string | null | undefined): { kind: LinkedInProfileKind; slug: string } | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // not a URL: says nothing about the kind
  }
  if (!/(?:^|\.)linkedin\.com$/i.test(parsed.hostname)) return null;
  const match = /^\/(in|company)\/([^/?#]+)/i.exec(parsed.pathname);
  if (!match) return null;
  let slug = match[2]!;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // a malformed escape: the slug as written
  }
  return { kind: match[1]!.toLowerCase() as LinkedInProfileKind, slug };
}

async function rekeyLinkedInCompanies(tx: Transaction): Promise<void> {
  const creators = tx.table<CreatorRow, string>('creators');
  const linkedIn = await creators.where('platform').equals('linkedin').toArray();
  for (const creator of linkedIn) {
    const rowKind = linkedInProfileOfUrl(creator.url)?.kind === 'company' ? 'company' : 'in';
    const companyKey = creatorKeyOf('linkedin', { handle: creator.handle, id: creator.platformId, kind: 'company' });
    const snapshots = await snapshotsOfCreator(tx, creator.key);
    const byKind = { in: [] as SnapshotRow[], company: [] as SnapshotRow[] };
    for (const snapshot of snapshots) byKind[pageKindOf(snapshot, creator) ?? rowKind].push(snapshot);
    if (!companyKey || (rowKind === 'in' && byKind.company.length === 0)) continue; // a person, and only a person

    if (rowKind === 'company') {
      await creators.delete(creator.key);
      await creators.add({ ...creator, key: companyKey, kind: 'company' });
      await tx.table<PostRow, string>('posts').where('creatorKey').equals(creator.key).modify({ creatorKey: companyKey });
      await tx.table<ShortlistEntryRow, string>('shortlistEntries').where('creatorKey').equals(creator.key).modify({ creatorKey: companyKey });
      // The person's points, read on /in/<slug>, keep the old key and get a row of their own.
      if (byKind.in.length) await creators.add(rowRebuiltFrom(creator, creator.key, 'person', byKind.in));
    } else {
      await creators.add(rowRebuiltFrom(creator, companyKey, 'company', byKind.company));
    }
    await moveSnapshots(tx, byKind.company, companyKey);
    if (byKind.company.length && byKind.in.length) {
      // Each side's latest counts come from its own points, never from the other kind's page.
      const [company, person] = await Promise.all([creators.get(companyKey), creators.get(creator.key)]);
      if (company) await creators.put({ ...company, ...latestOf(byKind.company) });
      if (person) await creators.put({ ...person, ...latestOf(byKind.in) });
    }
  }
}

async function snapshotsOfCreator(tx: Transaction, creatorKey: string): Promise<SnapshotRow[]> {
  const entityKey = entityKeyOf('creator', creatorKey);
  return tx
    .table<SnapshotRow, string>('snapshots')
    .where('[entityKey+readAt]')
    .between([entityKey, Dexie.minKey], [entityKey, Dexie.maxKey])
    .toArray();
}

/** The kind of profile page a snapshot was read on, when that page is this creator's own; null elsewhere. */
function pageKindOf(snapshot: SnapshotRow, creator: CreatorRow): LinkedInProfileKind | null {
  const page = linkedInProfileOfUrl(snapshot.pageUrl);
  const ownSlug = creator.handle ?? linkedInProfileOfUrl(creator.url)?.slug;
  return page && ownSlug && page.slug.toLowerCase() === ownSlug.toLowerCase() ? page.kind : null;
}

async function moveSnapshots(tx: Transaction, snapshots: SnapshotRow[], creatorKey: string): Promise<void> {
  if (snapshots.length === 0) return;
  const entityKey = entityKeyOf('creator', creatorKey);
  const table = tx.table<SnapshotRow, string>('snapshots');
  await table.bulkDelete(snapshots.map((snapshot) => snapshot.id));
  await table.bulkAdd(snapshots.map((snapshot) => ({ ...snapshot, entityKey, id: `${snapshot.visitId}:${entityKey}` })));
}

/** A creator row for the kind a shared v3 row did not describe, from the points read on that kind's page. */
function rowRebuiltFrom(shared: CreatorRow, key: string, kind: CreatorRow['kind'], snapshots: SnapshotRow[]): CreatorRow {
  const times = snapshots.map((snapshot) => snapshot.readAt);
  const slug = shared.handle ?? linkedInProfileOfUrl(shared.url)?.slug ?? null;
  return {
    key,
    platform: 'linkedin',
    kind,
    handle: slug,
    name: null,
    platformId: null,
    url: slug ? `https://www.linkedin.com/${kind === 'company' ? 'company' : 'in'}/${encodeURIComponent(slug)}/` : null,
    verified: null,
    firstSeenAt: Math.min(...times),
    lastSeenAt: Math.max(...times),
    ...latestOf(snapshots),
  };
}

/** Each count's newest reading among the snapshots, as CreatorRow.latest keeps it, and the indexed followersValue. */
function latestOf(snapshots: SnapshotRow[]): Pick<CreatorRow, 'latest' | 'followersValue'> {
  const latest: CreatorRow['latest'] = {};
  for (const snapshot of [...snapshots].sort((a, b) => a.readAt - b.readAt)) {
    for (const [metric, count] of Object.entries(snapshot.counts) as [keyof CreatorRow['latest'], SnapshotRow['counts'][keyof CreatorRow['latest']]][]) {
      if (count) latest[metric] = { ...count, readAt: snapshot.readAt };
    }
  }
  return { latest, followersValue: latest.followers?.value ?? null };
}
