// Regenerates src/furniture/inset-data.json: the small locator map drawn in the corner of every frame.
// Deterministic (same world-atlas version → byte-identical file), so the output is committed and diffed.
//
// Usage: node scripts/build-inset.mjs [--out <file>]

import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { feature } from 'topojson-client';
import * as prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** West Africa around Mali. Written into the output, where src/furniture/inset.ts reads it. */
const WINDOW = { west: -18, south: 3, east: 16, north: 28 };
/** At ~6 px per degree a hundredth of a degree is far below a pixel; more decimals would only add bytes. */
const DECIMALS = 2;

/** @param {number} v */
const round = (v) => {
  const r = Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;
  return r === 0 ? 0 : r;
};

/** @param {number[][][][]} polygons */
function bbox(polygons) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons)
    for (const ring of poly)
      for (const [x, y] of ring) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
  return { w, s, e, n };
}

/** @param {{ w: number; s: number; e: number; n: number }} b */
const intersectsWindow = (b) =>
  b.e >= WINDOW.west && b.w <= WINDOW.east && b.n >= WINDOW.south && b.s <= WINDOW.north;

/** Drops consecutive points that rounding made identical. @param {number[][]} ring */
function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = resolve(values.out ?? resolve(root, 'src/furniture/inset-data.json'));
  const topo = JSON.parse(await readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const collection = feature(topo, topo.objects.countries);

  const countries = [];
  for (const f of collection.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    // Per polygon, not per country: France's bbox reaches the window only through French Guiana.
    const rounded = polygons
      .filter((poly) => intersectsWindow(bbox([poly])))
      .map((poly) => poly.map(roundRing).filter((ring) => ring.length >= 4))
      .filter((poly) => poly.length > 0);
    if (rounded.length === 0) continue;
    countries.push({ name: String(f.properties?.name ?? ''), polygons: rounded });
  }
  countries.sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const pkg = JSON.parse(await readFile(require.resolve('world-atlas/package.json'), 'utf8'));
  const data = {
    source: `Natural Earth 1:110m via world-atlas ${pkg.version} (public domain)`,
    window: WINDOW,
    countries,
  };
  // Through the repo's Prettier config, so `npm run format:check` passes on a freshly built file.
  const options = (await prettier.resolveConfig(out)) ?? {};
  const text = await prettier.format(JSON.stringify(data), { ...options, filepath: out });
  await writeFile(out, text);
  console.log(`${relative(process.cwd(), out)}: ${countries.length} countries, ${text.length} bytes`);
}

await main();
