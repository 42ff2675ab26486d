/**
 * User settings: one row of the `settings` table per key, each value checked by its key's schema when written
 * (lib/background/settings.ts, through a validated message) and again when read, so that a value written by another
 * version of Castlist is never taken on trust. A key is added here with its schema by the feature that owns it.
 */
import * as z from 'zod/mini';
import type { CastlistDatabase } from './castlist-db';
import { DEFAULT_REMINDER_DAYS } from '../campaigns/tracking-reminder';
import { BENCHMARK_EDITS_KEY, benchmarkEditsSchema } from '../benchmarks/benchmark-edits';
import { DEFAULT_RETENTION, type RetentionSettings, retentionSettingsSchema } from './retention-policy';

/** The most days the toolbar may wait before reminding; 0 turns the reminder off. */
export const MAX_REMINDER_DAYS = 90;

export const SETTING_SCHEMAS = {
  /** How long untracked history is kept at which detail (lib/db/retention-policy.ts). */
  retention: retentionSettingsSchema,
  /** After how many days without a visit a tracked campaign post is shown on the toolbar button (0: never). */
  'campaigns.reminderDays': z.number().check(z.int(), z.minimum(0), z.maximum(MAX_REMINDER_DAYS)),
  /** The user's benchmark sets and hidden shipped sets (lib/benchmarks/benchmark-edits.ts), edited in the casting card. */
  [BENCHMARK_EDITS_KEY]: benchmarkEditsSchema,
  /**
   * The shortlist the panel last showed or added to: where the page badge's button, the context menu and the
   * keyboard command add a creator (lib/background/last-used-shortlist.ts).
   */
  'shortlists.lastUsed': z.object({ shortlistId: z.string().check(z.minLength(1), z.maxLength(200)) }),
} satisfies Record<string, z.ZodMiniType>;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type SettingValue<Key extends SettingKey> = z.infer<(typeof SETTING_SCHEMAS)[Key]>;
export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as [SettingKey, ...SettingKey[]];

/** The stored value of a setting, or null when it was never set or no longer passes its schema (logged). */
export async function readSetting<Key extends SettingKey>(db: CastlistDatabase, key: Key): Promise<SettingValue<Key> | null> {
  const row = await db.settings.get(key);
  if (!row) return null;
  const parsed = SETTING_SCHEMAS[key].safeParse(row.value);
  if (parsed.success) return parsed.data as SettingValue<Key>;
  console.error(`[castlist] the stored setting "${key}" does not pass its schema; using the default instead:`, parsed.error.issues);
  return null;
}

export async function retentionSettings(db: CastlistDatabase): Promise<RetentionSettings> {
  return (await readSetting(db, 'retention')) ?? DEFAULT_RETENTION;
}

export async function reminderDays(db: CastlistDatabase): Promise<number> {
  return (await readSetting(db, 'campaigns.reminderDays')) ?? DEFAULT_REMINDER_DAYS;
}
