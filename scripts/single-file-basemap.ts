// The built-in Earth inside the single-file briefing: instead of the whole world's archives (tens of MB),
// sub-archives of the world's low zooms and, deeper, of the default scenario's region (scripts/pmtiles-extract.mjs),
// handed to src/single/inline-basemap.ts as the virtual module below, base64 each.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { extractPmtiles } from './pmtiles-extract.mjs';

export const SINGLE_BASEMAP_MODULE = 'virtual:sandtable-single-basemap';
const RESOLVED = `\0${SINGLE_BASEMAP_MODULE}`;

/** The archives the basemap style reads (src/map/basemap-style.ts, src/map/world-layers.ts). */
export const SINGLE_FILE_ARCHIVES = [
  'relief-projector.pmtiles',
  'relief-print.pmtiles',
  'world.pmtiles',
  'places.pmtiles',
] as const;

/**
 * What the single file keeps: every tile to zoom 4 (the world at a glance: continents, countries, capitals and
 * cities of a million), and deeper the Kidal campaign's theatre, the default scenario's region and chapters
 * with the inset's margin (northern Mali and its borders with Algeria and Niger).
 */
export const SINGLE_FILE_EXTRACT = {
  lowZoom: 4,
  regions: [[-6, 12, 8, 24]] as [number, number, number, number][],
};

/**
 * Every other mode: the module is an empty set of archives. Only the single-file build loads it (behind a
 * build-time constant), but the dev server's dependency scan follows the import all the same and warned that
 * it could not be resolved.
 */
export function singleFileBasemapStub(): Plugin {
  return {
    name: 'sandtable-single-file-basemap-stub',
    resolveId: (id) => (id === SINGLE_BASEMAP_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? 'export default {};' : undefined),
  };
}

export function singleFileBasemap(): Plugin {
  const sizes = new Map<string, number>();
  return {
    name: 'sandtable-single-file-basemap',
    resolveId: (id) => (id === SINGLE_BASEMAP_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const entries = SINGLE_FILE_ARCHIVES.map((file) => {
        const whole = readFileSync(new URL(`../public/basemap/${file}`, import.meta.url));
        const part = extractPmtiles(new Uint8Array(whole), SINGLE_FILE_EXTRACT);
        sizes.set(file, part.length);
        return [file, Buffer.from(part).toString('base64')];
      });
      return `export default ${JSON.stringify(Object.fromEntries(entries))};`;
    },
    closeBundle() {
      const total = [...sizes.values()].reduce((a, b) => a + b, 0);
      const list = [...sizes].map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KiB`).join(', ');
      console.log(`single-file basemap: ${(total / 1024 / 1024).toFixed(2)} MiB (${list})`);
    },
  };
}
