/**
 * In Chromium with the built extension: Castlist's mark in the manifest and on the toolbar, and the backup and CSV
 * code in the extension's service worker (where restores and imports run: no DOM, no URL.createObjectURL) on the
 * extension's own IndexedDB, written by the background from a sample page: a backup restores into another database
 * unchanged, and a shortlist's CSV imports back. The test writes only to databases of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser/extension-browser';
import type { dataTools } from '../../scripts/browser/data-tools-entry';
import { SAMPLE_CHANNEL, sampleVideo } from '../fixtures/youtube/sample-channel';
import { useExtensionBrowser, waitForSnapshots } from './support';

const session = useExtensionBrowser();
const SIZES = ['16', '32', '48', '96', '128'];

describe("Castlist's mark", () => {
  test('the manifest names an icon at every size, the toolbar button uses it, and each file is a PNG of its size', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.icons)).toEqual(SIZES);
    expect(manifest.action.default_icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' });
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html`);
    for (const size of SIZES) {
      const width = await page.evaluate(async (path) => {
        const image = new Image();
        image.src = `/${path}`;
        await image.decode();
        return image.naturalWidth;
      }, manifest.icons[size]);
      expect(width).toBe(Number(size));
    }
    await page.close();
  });
});

describe('backup and CSV on the extension’s database', () => {
  test('in the service worker, a backup restores unchanged and a shortlist’s CSV imports back into the same list', async () => {
    const video = sampleVideo('castlistA01');
    const page = await session.browser.context.newPage();
    await page.goto(`https://www.youtube.com/watch?v=${video.id}`);
    await waitForSnapshots(session.browser, `creator:youtube:${SAMPLE_CHANNEL.handle}`);
    await page.close();

    const bundle = await build({ entryPoints: ['scripts/browser/data-tools-entry.ts'], bundle: true, write: false, format: 'iife', platform: 'browser' });
    const worker = await session.browser.serviceWorker();
    // handed over as a function (compiled by the DevTools protocol): the extension's CSP rightly refuses eval
    await worker.evaluate(new Function(bundle.outputFiles[0]!.text) as () => void);
    const result = await worker.evaluate(async (creatorKey) => {
      const tools = (globalThis as unknown as { castlistDataTools: typeof dataTools }).castlistDataTools;
      const live = new tools.CastlistDatabase();
      // a copy of the live database to add a list to, so the test never writes to what the background owns
      const copy = new tools.CastlistDatabase('castlist-e2e-copy');
      const text = await tools.backupDatabase(live);
      const restored = await tools.restoreBackup(copy, tools.readBackup(text));
      const liveCounts: Record<string, number> = {};
      for (const table of live.tables) liveCounts[table.name] = await table.count();
      await copy.shortlists.add({ id: 'e2e-list', name: '=E2E list', createdAt: 1, updatedAt: 1 });
      await copy.shortlistEntries.add({ id: 'e2e-entry', shortlistId: 'e2e-list', creatorKey, status: 'contacted', notes: '@note, "quoted"', addedAt: 2, updatedAt: 2, tags: ['video'], fields: { rate: '-100', email: null, agency: null }, kpisAtAdd: null });
      const csv = tools.exportCsv(await tools.collectExportRows(copy, { shortlistName: '=E2E list' })).text;
      const empty = new tools.CastlistDatabase('castlist-e2e-import');
      const imported = await tools.applyCsvImport(empty, tools.planCsvImport(csv, { shortlistName: 'unused', now: Date.now() }));
      const entry = await empty.shortlistEntries.get('e2e-entry');
      const creator = await empty.creators.get(creatorKey);
      const original = await copy.creators.get(creatorKey);
      return { restored, liveCounts, csv, imported, entry, creatorName: creator?.name, followers: creator?.latest.followers, originalFollowers: original?.latest.followers };
    }, `youtube:${SAMPLE_CHANNEL.handle.toLowerCase()}`);

    expect(result.restored.tables).toEqual(result.liveCounts);
    expect(result.liveCounts.creators).toBeGreaterThan(0);
    expect(result.csv.split('\r\n')[1]).toContain('"\'=E2E list","contacted"');
    expect(result.imported.skipped).toEqual([]);
    expect(result.entry).toMatchObject({ shortlistId: 'e2e-list', status: 'contacted', notes: '@note, "quoted"', tags: ['video'], fields: { rate: '-100' } });
    expect(result.followers).toEqual(result.originalFollowers);
  });
});
