/**
 * When compaction runs, without a permission of its own (no `alarms`): after ingests, at most once per
 * RUN_INTERVAL_MS (the last run's time is in the `maintenance` table, so a worker woken every few minutes does not
 * run it each time), and at once when the browser refuses a write because Castlist's storage is full. Readings that
 * hit the quota wait in their tab's outbox and are retried; compaction is what makes room for them.
 *
 * A full disk is also said where the user looks: after the run, one reader event per reader and reading
 * (field "storage", code "storage-full", dated at the reading's time) is stored, if there is room for it by then;
 * the panel's reader health and its Data view show it until a later reading of that reader is stored.
 */
import type { CastlistDatabase } from '../db/castlist-db';
import type { ReaderEventRow } from '../db/rows';
import { compactStorage, type CompactionResult, RETENTION_TASK } from './compaction';
import { DEFAULT_KEEP_SETS, type KeepSet } from './keep-sets';

/** How often compaction runs after ingests, at most. */
export const RUN_INTERVAL_MS = 6 * 60 * 60 * 1000;
/** How often an ingest looks whether a run is due (one read of the maintenance row). */
export const CHECK_INTERVAL_MS = 10 * 60 * 1000;

export interface StorageMaintenanceOptions {
  keepSets?: readonly KeepSet[];
  now?: () => number;
}

export class StorageMaintenance {
  private running: Promise<void> | null = null;
  private runAgain = false;
  private lastCheckAt = -Infinity;
  private readonly storageFullEvents = new Map<string, ReaderEventRow>();
  private readonly keepSets: readonly KeepSet[];
  private readonly now: () => number;

  constructor(
    private readonly db: CastlistDatabase,
    options: StorageMaintenanceOptions = {},
  ) {
    this.keepSets = options.keepSets ?? DEFAULT_KEEP_SETS;
    this.now = options.now ?? Date.now;
  }

  /** After a reading was stored: compacts when the last run is more than RUN_INTERVAL_MS ago. Never waits for it. */
  afterIngest(): void {
    const now = this.now();
    if (this.running || now - this.lastCheckAt < CHECK_INTERVAL_MS) return;
    this.lastCheckAt = now;
    void this.start(false);
  }

  /** A write was refused for want of room: compact now, then record the event (one per reader and reading). */
  storageFull(event: ReaderEventRow): Promise<void> {
    this.storageFullEvents.set(`${event.platform}|${event.reader}|${event.at}`, event);
    return this.start(true);
  }

  /** Resolves once no run is in progress (tests, and the worker's own shutdown-free world: nothing awaits it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private start(force: boolean): Promise<void> {
    if (this.running) {
      if (force) this.runAgain = true;
      return this.running;
    }
    this.running = this.run(force).finally(() => {
      this.running = null;
      if (this.runAgain) {
        this.runAgain = false;
        void this.start(true);
      }
    });
    return this.running;
  }

  private async run(force: boolean): Promise<void> {
    try {
      if (!force) {
        const state = await this.db.maintenance.get(RETENTION_TASK);
        if (state?.lastRunAt != null && this.now() - state.lastRunAt < RUN_INTERVAL_MS) return;
      }
      const removed: CompactionResult = await compactStorage(this.db, { now: this.now(), keepSets: this.keepSets });
      console.info('[castlist] storage compacted:', removed);
    } catch (error) {
      // The next ingest (or the next full disk) tries again; the database is consistent after any chunk.
      console.error('[castlist] storage compaction failed:', error);
    }
    await this.recordStorageFullEvents();
  }

  private async recordStorageFullEvents(): Promise<void> {
    if (this.storageFullEvents.size === 0) return;
    const events = [...this.storageFullEvents.values()];
    this.storageFullEvents.clear();
    try {
      await this.db.readerEvents.bulkAdd(events);
    } catch (error) {
      // Still no room even for the events: the panel's Data view shows how full the storage is from the estimate.
      console.error('[castlist] could not record that the storage is full:', error);
    }
  }
}
