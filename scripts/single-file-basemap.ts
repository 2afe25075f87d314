// The built-in Earth inside the single-file briefing: instead of the whole world's archives (tens of MB),
// sub-archives of the world's low zooms and, deeper, of the default scenario's region (src/single/pmtiles-extract.mjs),
// base64 in the HTML's basemap data block (src/single/basemap-block.ts), read by src/single/inline-basemap.ts.
// "Save briefing as one file…" replaces that block with the cut its own scenario needs.
import { readFileSync } from 'node:fs';
import { extractPmtiles } from '../src/single/pmtiles-extract.mjs';
import { SINGLE_FILE_ARCHIVES, SINGLE_FILE_LOW_ZOOM } from '../src/single/basemap-block.ts';

export { SINGLE_FILE_ARCHIVES };

/**
 * What the built single file keeps: every tile to zoom 4 (the world at a glance: continents, countries,
 * capitals and cities of a million), and deeper the Kidal campaign's theatre, the default scenario's region
 * and chapters with the inset's margin (northern Mali and its borders with Algeria and Niger).
 */
export const SINGLE_FILE_EXTRACT = {
  lowZoom: SINGLE_FILE_LOW_ZOOM,
  regions: [[-6, 12, 8, 24]] as [number, number, number, number][],
};

/** The default scenario's archives, base64 by file name, and how large each came out. */
export function singleFileArchives(): { archives: Record<string, string>; sizes: Map<string, number> } {
  const sizes = new Map<string, number>();
  const entries = SINGLE_FILE_ARCHIVES.map((file) => {
    const whole = readFileSync(new URL(`../public/basemap/${file}`, import.meta.url));
    const part = extractPmtiles(new Uint8Array(whole), SINGLE_FILE_EXTRACT);
    sizes.set(file, part.length);
    return [file, Buffer.from(part).toString('base64')] as const;
  });
  return { archives: Object.fromEntries(entries), sizes };
}

export function logSingleFileSizes(sizes: Map<string, number>, htmlBytes: number): void {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const list = [...sizes].map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KiB`).join(', ');
  console.log(
    `single-file basemap: ${(total / 1024 / 1024).toFixed(2)} MiB (${list}); ` +
      `sandtable.html ${(htmlBytes / 1024 / 1024).toFixed(2)} MiB`,
  );
}
