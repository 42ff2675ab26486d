/**
 * The settings messages: a user setting is stored only when its value passes its key's schema (lib/db/settings.ts);
 * otherwise a SettingError names the key and what is wrong, and nothing changes.
 */
import type { CastlistDatabase } from '../db/castlist-db';
import { SETTING_SCHEMAS } from '../db/settings';
import type { BackgroundMessage } from '../messages/background-messages';

type MessageOf<Type extends BackgroundMessage['type']> = Extract<BackgroundMessage, { type: Type }>;

export class SettingError extends Error {
  override name = 'SettingError';
}

export async function setSetting(db: CastlistDatabase, message: MessageOf<'settings.set'>, now: number = Date.now()): Promise<{ id: string }> {
  const parsed = SETTING_SCHEMAS[message.key].safeParse(message.value);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${[message.key, ...issue.path].join('.')}: ${issue.message}`);
    throw new SettingError(`setting not saved: ${problems.join('; ')}`);
  }
  await db.settings.put({ key: message.key, value: parsed.data, updatedAt: now });
  return { id: message.key };
}

export async function resetSetting(db: CastlistDatabase, message: MessageOf<'settings.reset'>): Promise<{ id: string }> {
  await db.settings.delete(message.key);
  return { id: message.key };
}
