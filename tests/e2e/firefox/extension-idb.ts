/**
 * Reads Castlist's IndexedDB in Firefox from one of the extension's own pages (the extension's origin, where the
 * background's database lives), with the raw IndexedDB API (tests/e2e/idb-query.ts, the read the Chromium suite makes
 * through the service worker): the test checks what was stored, not what our code says was stored.
 */
import type { Page } from 'puppeteer-core';
import type { StoredSnapshot } from '../idb';
import { type IdbQuery, queryCastlistIdb } from '../idb-query';

function read(extensionPage: Page, query: IdbQuery): Promise<unknown> {
  return extensionPage.evaluate(queryCastlistIdb, query);
}

export async function snapshotsIn(extensionPage: Page, entityKey: string): Promise<StoredSnapshot[]> {
  return (await read(extensionPage, { op: 'snapshots', entityKey })) as StoredSnapshot[];
}

export async function rowCountIn(extensionPage: Page, table: string): Promise<number> {
  return (await read(extensionPage, { op: 'count', table })) as number;
}
