import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("Castlist's mark", () => {
  it('is in public/icon at every size the stores and browsers ask for, each a PNG of its size', () => {
    for (const size of [16, 32, 48, 96, 128]) expect(pngSize(`public/icon/${size}.png`)).toEqual({ width: size, height: size });
  });

  it("is Firefox's sidebar icon: the side panel's manifest meta is an object of files that exist", () => {
    const html = readFileSync('entrypoints/sidepanel/index.html', 'utf8');
    const content = /<meta name="manifest\.default_icon" content="([^"]+)"/.exec(html)?.[1];
    // WXT reads the meta as JSON5, and keeps it as a plain string (an icon path Firefox cannot find) when it does not
    // parse: numeric keys must be quoted. With its quotes made double, JSON must parse it as well.
    const icons = JSON.parse(content!.replaceAll("'", '"')) as Record<string, string>;
    expect(Object.keys(icons)).toEqual(['16', '32', '48']);
    for (const path of Object.values(icons)) expect(existsSync(`public/${path}`), path).toBe(true);
  });
});
