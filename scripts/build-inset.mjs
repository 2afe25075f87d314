// Regenerates src/furniture/world-inset.json: the world the locator inset is drawn from, for a scenario
// anywhere (src/furniture/inset-choice.ts picks the window). Every country of Natural Earth 1:110m with its
// names in English and French, a label point, its bounds and its outline at two decimals.
// Deterministic (same package versions → byte-identical file), so the output is committed and diffed.
//
// Usage: node scripts/build-inset.mjs [--out <file>]

import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { feature } from 'topojson-client';
import countryNames from 'i18n-iso-countries';
import polylabel from 'polylabel';
import * as prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** At an inset's ~6–40 px per degree a hundredth of a degree is below a pixel; more would only add bytes. */
const DECIMALS = 2;

/** The three Natural Earth units without an ISO code: their French names, by their English ones. */
const FRENCH_WITHOUT_CODE = { Kosovo: 'Kosovo', 'N. Cyprus': 'Chypre du Nord', Somaliland: 'Somaliland' };

/** Short forms where the ISO French name is too long for a small map (the English side is Natural Earth's own short name). */
const FRENCH_SHORT = {
  840: 'États-Unis',
  180: 'RD Congo',
  140: 'Centrafrique',
  826: 'Royaume-Uni',
  260: 'Terres australes fr.',
  70: 'Bosnie-Herz.',
  214: 'Rép. dominicaine',
  226: 'Guinée équat.',
  90: 'Îles Salomon',
  178: 'Congo',
  203: 'Tchéquie',
  748: 'Eswatini',
  834: 'Tanzanie',
  784: 'Émirats arabes unis',
  96: 'Brunei',
};

/** @param {number} v */
const round = (v) => {
  const r = Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;
  return r === 0 ? 0 : r;
};

/** A ring as flat [lon, lat, lon, lat, …], dropping consecutive points that rounding made identical. @param {number[][]} ring */
function flatRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const [px, py] = [round(x), round(y)];
    if (out.length && out[out.length - 2] === px && out[out.length - 1] === py) continue;
    out.push(px, py);
  }
  return out;
}

/** Planar area of a ring, degrees² (enough to pick a country's main polygon). @param {number[][]} ring */
function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(a / 2);
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = resolve(values.out ?? resolve(root, 'src/furniture/world-inset.json'));
  const topo = JSON.parse(await readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  countryNames.registerLocale(
    JSON.parse(await readFile(require.resolve('i18n-iso-countries/langs/fr.json'), 'utf8')),
  );
  const collection = feature(topo, topo.objects.countries);

  const countries = [];
  for (const f of collection.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const en = String(f.properties?.name ?? '');
    const code = f.id === undefined ? undefined : Number(f.id);
    const fr =
      (code !== undefined && FRENCH_SHORT[code]) ||
      (f.id !== undefined && countryNames.getName(String(f.id), 'fr')) ||
      FRENCH_WITHOUT_CODE[en] ||
      en;
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      .map((poly) => poly.map(flatRing).filter((ring) => ring.length >= 8))
      .filter((poly) => poly.length > 0);
    if (!polygons.length) continue;
    // The label sits at the pole of inaccessibility of the largest polygon (France's is in Europe, not Guiana).
    const main = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).reduce((a, b) =>
      ringArea(b[0]) > ringArea(a[0]) ? b : a,
    );
    const [lx, ly] = polylabel(main, 0.05);
    countries.push({
      id: f.id === undefined ? en : String(f.id),
      en,
      fr,
      label: [round(lx), round(ly)],
      polygons,
    });
  }
  countries.sort((a, b) => a.id.localeCompare(b.id, 'en'));

  const pkg = JSON.parse(await readFile(require.resolve('world-atlas/package.json'), 'utf8'));
  const data = {
    source: `Natural Earth 1:110m via world-atlas ${pkg.version} (public domain)`,
    countries,
  };
  // Through the repo's Prettier config, so `npm run format:check` passes on a freshly built file.
  const options = (await prettier.resolveConfig(out)) ?? {};
  const text = await prettier.format(JSON.stringify(data), { ...options, filepath: out });
  await writeFile(out, text);
  console.log(`${relative(process.cwd(), out)}: ${countries.length} countries, ${text.length} bytes`);
}

await main();
