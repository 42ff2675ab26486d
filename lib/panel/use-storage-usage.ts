/**
 * The Data view's storage figures as a React hook: live row counts, the "storage full" status and retention (all
 * live queries, so they follow the background's writes), and the browser's estimate of usage and quota, asked again
 * whenever the counts change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { usePanel } from './panel-context';
import {
  retentionInfo,
  type RetentionInfo,
  STORAGE_FULL_WINDOW_MS,
  type StorageEstimateFigures,
  storageFullStatus,
  type StorageFullStatus,
  tableCounts,
  type TableCounts,
} from './storage-usage';

export type EstimateState =
  | { status: 'loading' }
  | ({ status: 'ready' } & StorageEstimateFigures)
  | { status: 'unavailable'; reason: string };

export interface StorageUsage {
  /** undefined while loading. */
  counts: TableCounts | undefined;
  estimate: EstimateState;
  /** null: no reading refused for want of room since the last one stored; undefined while loading. */
  storageFull: StorageFullStatus | null | undefined;
  retention: RetentionInfo | undefined;
}

export function useStorageUsage(now: number): StorageUsage {
  const { db } = usePanel();
  const counts = useLiveQuery(() => tableCounts(db), [db]);
  const storageFull = useLiveQuery(() => storageFullStatus(db, now - STORAGE_FULL_WINDOW_MS), [db, now]);
  const retention = useLiveQuery(() => retentionInfo(db), [db]);
  const [estimate, setEstimate] = useState<EstimateState>({ status: 'loading' });

  useEffect(() => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (typeof storage?.estimate !== 'function') {
      setEstimate({ status: 'unavailable', reason: 'this browser does not report how much storage an extension uses' });
      return;
    }
    let current = true;
    storage.estimate().then(
      ({ usage, quota }) => {
        if (!current) return;
        setEstimate(
          typeof usage === 'number' && typeof quota === 'number'
            ? { status: 'ready', usage, quota }
            : { status: 'unavailable', reason: 'the browser gave no figures' },
        );
      },
      (error: unknown) => {
        if (current) setEstimate({ status: 'unavailable', reason: `the browser could not say (${String(error)})` });
      },
    );
    return () => {
      current = false;
    };
  }, [counts]);

  return { counts, estimate, storageFull, retention };
}
