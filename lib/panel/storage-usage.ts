/**
 * What the Data view says about storage: how many rows each table holds, how much of the browser's quota Castlist
 * uses (navigator.storage.estimate), whether the browser refused readings for want of room, and what retention keeps
 * and last removed. Plain Dexie queries (run inside live queries) and plain arithmetic; the hook is
 * use-storage-usage.ts.
 */
import Dexie from 'dexie';
import type { CastlistDatabase } from '../db/castlist-db';
import { DEFAULT_RETENTION, type RetentionSettings } from '../db/retention-policy';
import type { MaintenanceRow } from '../db/rows';
import { SETTING_SCHEMAS } from '../db/settings';
import { STORAGE_FULL_FIELD } from '../health/reader-health';
import { PLATFORMS } from '../reading/reading';

/** The tables the Data view counts, in the order it lists them, with their names for people. */
export const COUNTED_TABLES = [
  ['creators', 'Creators'],
  ['posts', 'Posts'],
  ['snapshots', 'Snapshots'],
  ['comments', 'Comments'],
  ['shortlists', 'Shortlists'],
  ['shortlistEntries', 'Shortlist entries'],
  ['readerEvents', 'Reader events'],
  ['settings', 'Settings'],
] as const;

export type CountedTable = (typeof COUNTED_TABLES)[number][0];
export type TableCounts = Record<CountedTable, number>;

export async function tableCounts(db: CastlistDatabase): Promise<TableCounts> {
  const counts = await Promise.all(COUNTED_TABLES.map(([name]) => db.table(name).count()));
  return Object.fromEntries(COUNTED_TABLES.map(([name], index) => [name, counts[index]!])) as TableCounts;
}

/** How far back the Data view looks for readings refused for want of room. */
export const STORAGE_FULL_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

export interface StorageFullStatus {
  /** The first refusal for want of room since the last reading that was stored. */
  since: number;
  /** The newest one. */
  last: number;
  /** How many readings (distinct reading times) were refused since. */
  readings: number;
}

/**
 * Whether the browser is refusing readings for want of room: the "storage full" events (lib/background/
 * storage-maintenance.ts) newer than the newest reading stored on any platform. Null when there are none.
 */
export async function storageFullStatus(db: CastlistDatabase, since: number): Promise<StorageFullStatus | null> {
  const refusals: number[] = [];
  let lastStored = -Infinity;
  for (const platform of PLATFORMS) {
    const missed = await db.readerEvents
      .where('[platform+outcome+at]')
      .between([platform, 'missed', since], [platform, 'missed', Dexie.maxKey])
      .filter((event) => event.field === STORAGE_FULL_FIELD)
      .toArray();
    for (const event of missed) refusals.push(event.at);
    const found = await db.readerEvents.where('[platform+outcome+at]').between([platform, 'found', since], [platform, 'found', Dexie.maxKey]).last();
    if (found) lastStored = Math.max(lastStored, found.at);
  }
  const open = refusals.filter((at) => at > lastStored).sort((a, b) => a - b);
  if (open.length === 0) return null;
  return { since: open[0]!, last: open.at(-1)!, readings: new Set(open).size };
}

export interface RetentionInfo {
  settings: RetentionSettings;
  /** Whether the settings are the user's own (else the defaults). */
  custom: boolean;
  lastRun: Pick<MaintenanceRow, 'lastRunAt' | 'lastRemoved'> | null;
}

export async function retentionInfo(db: CastlistDatabase): Promise<RetentionInfo> {
  const [row, maintenance] = await Promise.all([db.settings.get('retention'), db.maintenance.get('retention')]);
  const parsed = row ? SETTING_SCHEMAS.retention.safeParse(row.value) : null;
  return {
    settings: parsed?.success ? parsed.data : DEFAULT_RETENTION,
    custom: Boolean(parsed?.success),
    lastRun: maintenance?.lastRunAt != null ? { lastRunAt: maintenance.lastRunAt, lastRemoved: maintenance.lastRemoved } : null,
  };
}

export interface StorageEstimateFigures {
  usage: number;
  quota: number;
}

/** At or above this share of the quota, the Data view warns that storage is almost full. */
export const ALMOST_FULL_SHARE = 0.9;

/** The share of the quota used (0–1), or null when the browser gave no usable figures. */
export function quotaShare(estimate: StorageEstimateFigures | null): number | null {
  if (!estimate || !(estimate.quota > 0) || !(estimate.usage >= 0)) return null;
  return Math.min(1, estimate.usage / estimate.quota);
}

const BYTE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/** 1_234_567 → "1.2 MB" (decimal units, as the browser's own settings show them), in the UI locale. */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${BYTE_UNITS[unit]}`;
}
