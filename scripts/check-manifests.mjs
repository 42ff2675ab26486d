// Checks the built manifests: minimal permissions, only the five sites and only over https, a side panel in Chrome and a sidebar in
// Firefox, no remote code. Run after `npm run build:all`.
import { readFileSync } from 'node:fs';

const SITES = ['youtube.com', 'tiktok.com', 'instagram.com', 'x.com', 'twitter.com', 'linkedin.com'];
const failures = [];
const check = (condition, message) => condition || failures.push(message);

function load(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

for (const [browser, manifestPath] of [['chrome', '.output/chrome-mv3/manifest.json'], ['firefox', '.output/firefox-mv3/manifest.json']]) {
  try {
    readFileSync(manifestPath);
  } catch {
    failures.push(`${browser}: no built manifest at ${manifestPath}`);
    continue;
  }
  const manifest = load(manifestPath);
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.manifest_version === 2 ? manifest.permissions.filter((p) => p.includes('://')) : [])];
  check(hosts.length > 0, `${browser}: no host permissions`);
  for (const host of hosts) {
    check(SITES.some((site) => host.includes(site)), `${browser}: host permission outside the five sites: ${host}`);
    check(host.startsWith('https://'), `${browser}: host permission not limited to https: ${host}`);
  }
  const permissions = (manifest.permissions ?? []).filter((p) => !p.includes('://'));
  // Each one is listed with its reason in the README's Permissions section: the side panel (Chrome), the
  // add-to-shortlist entry of the context menu.
  const allowed = new Set(['sidePanel', 'storage', 'contextMenus']);
  for (const permission of permissions) check(allowed.has(permission), `${browser}: unexpected permission ${permission}`);
  for (const script of manifest.content_scripts ?? []) {
    for (const match of script.matches) {
      check(SITES.some((site) => match.includes(site)), `${browser}: content script on ${match}`);
      check(match.startsWith('https://'), `${browser}: content script not limited to https: ${match}`);
    }
  }
  // No remote code: no relaxed content security policy, no remote scripts.
  check(!manifest.content_security_policy, `${browser}: a custom content_security_policy`);
  if (browser === 'chrome') check(manifest.side_panel?.default_path === 'sidepanel.html', 'chrome: no side panel');
  if (browser === 'firefox') {
    check(manifest.sidebar_action?.default_panel === 'sidepanel.html', 'firefox: the side panel is not a sidebar');
    check(manifest.browser_specific_settings?.gecko?.id, 'firefox: no gecko id');
  }
  console.log(`${browser}: ${manifestPath} ok — hosts ${hosts.length}, permissions [${permissions.join(', ')}]`);
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
