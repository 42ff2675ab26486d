/**
 * The database the CLI commands work on: Castlist's own Dexie schema over fake-indexeddb, in memory, one per run.
 * Import this module before anything that loads Dexie or dexie-export-import.
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { CastlistDatabase } from '../../lib/db/castlist-db';

// dexie-export-import was written for browsers and workers: it reads `self` as it loads (in Node, globalThis), and
// after every export it releases its blob buffer through a FileReader, which Node lacks: a reader over Blob's own
// arrayBuffer() does the same.
const nodeGlobal = globalThis as { self?: unknown; FileReader?: unknown };
nodeGlobal.self ??= globalThis;
nodeGlobal.FileReader ??= class BlobReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((event: { target: BlobReader }) => void) | null = null;
  onerror: ((event: { target: BlobReader }) => void) | null = null;
  onabort: ((event: { target: BlobReader }) => void) | null = null;
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
};

export function memoryDatabase(): CastlistDatabase {
  return new CastlistDatabase(`castlist-cli-${randomUUID()}`);
}
