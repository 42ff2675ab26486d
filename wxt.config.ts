import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { ADD_COMMAND, ADD_COMMAND_KEY, TOOLBAR_TITLE } from './lib/shortlists/shortcut-names';
import { SUPPORTED_HOST_PATTERNS } from './lib/sites/host-patterns';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // A separate output folder per worktree or parallel job: CASTLIST_OUT_DIR=.output-x npx wxt build
  outDir: process.env.CASTLIST_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // MV3 for Firefox too: the page bridge needs content_scripts[].world = "MAIN" (Firefox 128+, MV3 only).
  manifestVersion: 3,
  // terser with three passes packs the content scripts a little tighter than the default (the 20 kB budget).
  // "allFunctionsCalledOnLoad" is Chrome's explicit compile hint: the scripts are compiled when injected, not
  // function by function during the first read of a page (npm run bench: ~1.55x -> ~1.35x of JSON.parse).
  // The content scripts' context is Castlist's own (lib/content/script-context.ts): WXT's carries much that they
  // never call, in every script's 20 kB.
  vite: () => ({
    resolve: { alias: { 'wxt/utils/content-script-context': fileURLToPath(new URL('./lib/content/script-context.ts', import.meta.url)) } },
    // CASTLIST_MINIFY=off keeps function names for a profile (scripts/bench/compare-profile.ts); never for a release.
    build: { minify: process.env.CASTLIST_MINIFY === 'off' ? false : 'terser', terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } } },
  }),
  manifest: ({ browser }) => ({
    name: 'Castlist',
    description:
      'Creator KPIs where you cast creators: engagement, comment quality and benchmarks on YouTube, TikTok, Instagram, X and LinkedIn. Everything stays in your browser.',
    // Only the five sites; the panel needs them to know which creator the active tab shows.
    host_permissions: [...SUPPORTED_HOST_PATTERNS],
    // The toolbar button shows Castlist's mark (public/icon/, drawn by `npm run icons`); the manifest's `icons`
    // (extensions page, store) are added by WXT from the same files.
    action: { default_title: TOOLBAR_TITLE, default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    // The context-menu entry "Add creator to Castlist shortlist" (README: Permissions).
    permissions: ['contextMenus'],
    // The keyboard shortcut that adds the creator of the tab to the last-used shortlist (README: Permissions).
    commands: {
      [ADD_COMMAND]: { suggested_key: { default: ADD_COMMAND_KEY }, description: 'Add the creator of this tab to the last-used Castlist shortlist' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'castlist@castlist.dev',
              // 140 (ESR 140) is the first Firefox that reads data_collection_permissions (addons-linter warns below
              // it); MAIN-world content scripts need 128.
              strict_min_version: '140.0',
              // Castlist collects nothing: no data leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
