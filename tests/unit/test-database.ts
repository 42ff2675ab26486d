/**
 * A fresh, opened CastlistDatabase per test, and its removal after: the set-up the background and query tests all
 * need. `quiet` silences the console levels a test's refusals and retries write to (restored after the test).
 */
import { vi } from 'vitest';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { uniqueDatabaseName } from './background-fixtures';

type ConsoleLevel = 'warn' | 'error' | 'info';

export async function openTestDatabase(prefix: string, quiet: readonly ConsoleLevel[] = []): Promise<CastlistDatabase> {
  const db = new CastlistDatabase(uniqueDatabaseName(prefix));
  await db.open();
  for (const level of quiet) vi.spyOn(console, level).mockImplementation(() => undefined);
  return db;
}

export async function removeTestDatabase(db: CastlistDatabase): Promise<void> {
  vi.restoreAllMocks();
  await db.delete();
}
