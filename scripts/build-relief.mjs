// Derives the offline relief, public/basemap/relief-<theme>.pmtiles: the basemap's ground with a hillshade baked
// in (scripts/relief-ground.mjs), one archive per theme, from the SRTM30-based relief that Debian's
// marble-qt-data ships, calibrated to metres against ETOPO5 (Debian's ferret-datasets). Run by `npm run basemap`
// (scripts/build-basemap.mjs, which hands it the land, the focus country and the palette). Installs the two
// packages with apt-get when they are missing (as root). Deterministic: same inputs give byte-identical archives.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { NetCDFReader } from 'netcdfjs';
import { INSET } from './basemap-geometry.mjs';
import { encodeWebp } from './webp-encode.mjs';
import { TILE_TYPE, writePmtiles } from '../src/single/pmtiles-write.mjs';
import { contourRings, ringArea2, simplifyRing } from './contour.mjs';
import { MASSIF_HIGH_POINT, REFERENCE_HEIGHTS } from './relief-references.mjs';
import {
  TILE_SIZE,
  fitLevelCurve,
  gaussianBlur,
  levelToMetres,
  sampleGrid,
  tileToLonLat,
} from './relief-dem.mjs';
import { bakeWorld } from './relief-tiles.mjs';
import { readPmtiles } from '../src/single/pmtiles-extract.mjs';

/** @typedef {import('./relief-dem.mjs').Grid} Grid */
/** @typedef {import('./relief-dem.mjs').Bbox} Bbox */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MARBLE_SRTM = '/usr/share/marble/data/maps/earth/srtm';
export const ETOPO5 = '/usr/share/ferret-vis/data/etopo5.cdf';
const MARBLE_TILE = 675;
/** Marble's finest shipped level: 16 × 8 tiles of 675 px, 2 arc-minutes a pixel. */
const MARBLE_MAX_LEVEL = 3;
/**
 * The world's relief stops at zoom 6 (2.4 km a pixel at the equator, 1.6 km at 50°): finer than the 2′ (3.7 km)
 * of the data, but at zoom 5 MapLibre magnified 5 km pixels over a campaign's whole first view; beyond zoom 6
 * it magnifies these.
 */
export const RELIEF_MAX_ZOOM = 6;
/**
 * libwebp quality per zoom: 90 to zoom 5; zoom 6 holds three tiles in four of the whole archive, at 80 it keeps
 * the built-in Earth within its 40 MB (its pixels magnify smooth 2′ data, so the loss does not show).
 * @param {number} z
 */
export function reliefQuality(z) {
  return z >= 6 ? 80 : 90;
}
/**
 * Three pixels (≈ 11 km): Marble's JPEGs have 8-pixel blocks and 8-bit steps that the (exaggerated) hillshade
 * drew as a grid of blotches over flat desert at σ = 1.5–2; at σ = 3 the block frequency is down to 6 %.
 */
const DEBLOCK_SIGMA = 3;
export const RELIEF_ATTRIBUTION = 'SRTM30 relief (NASA, via KDE Marble), calibrated with NOAA ETOPO5';
/**
 * Heights are multiplied by this before shading. The 2′ relief is smooth (median slope 0.13 %, 99th percentile
 * 0.4 % over the massif at z6): at true scale even MapLibre's largest hillshade exaggeration left it blank, so
 * it is drawn ×15, as relief maps of flat country commonly exaggerate.
 */
export const RELIEF_VERTICAL_EXAGGERATION = 15;

/**
 * @param {string} pkg
 * @param {string} path a file the package installs
 */
export function ensureDebianPackage(pkg, path) {
  if (existsSync(path)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`${path} is missing: install it with "sudo apt-get install -y ${pkg}", then run again`);
  }
  console.log(`build-relief: installing ${pkg} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['install', '-y', pkg], { stdio: 'inherit', env });
  } catch {
    // A fresh machine may have no package lists yet.
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', pkg], { stdio: 'inherit', env });
  }
  if (!existsSync(path)) throw new Error(`apt-get installed ${pkg} but ${path} is still missing`);
}

/** @type {Map<string, Uint8Array>} */
const jpegCache = new Map();

/**
 * One Marble tile's grey levels. Rows of tiles run from the north pole down, columns from 180° W.
 * @param {number} level
 * @param {number} row
 * @param {number} col
 */
function marbleTile(level, row, col) {
  const r = String(row).padStart(6, '0');
  const path = join(MARBLE_SRTM, String(level), r, `${r}_${String(col).padStart(6, '0')}.jpg`);
  let grey = jpegCache.get(path);
  if (!grey) {
    const image = jpeg.decode(readFileSync(path), { useTArray: true, formatAsRGBA: true });
    if (image.width !== MARBLE_TILE || image.height !== MARBLE_TILE) {
      throw new Error(`${path} is ${image.width}×${image.height}, expected ${MARBLE_TILE}×${MARBLE_TILE}`);
    }
    grey = new Uint8Array(MARBLE_TILE * MARBLE_TILE);
    for (let i = 0; i < grey.length; i++) grey[i] = image.data[i * 4] ?? 0;
    jpegCache.set(path, grey);
  }
  return grey;
}

/**
 * Marble's grey levels over a box (widened to whole pixels, clamped to the globe) at one level.
 * @param {number} level 0–3: 2^(level+1) × 2^level tiles
 * @param {Bbox} box
 * @returns {Grid}
 */
function marbleGrid(level, box) {
  const cols = 2 ** (level + 1);
  const res = 360 / (MARBLE_TILE * cols);
  const fullWidth = cols * MARBLE_TILE;
  const fullHeight = (cols / 2) * MARBLE_TILE;
  const i0 = Math.max(0, Math.floor((box.west + 180) / res));
  const i1 = Math.min(fullWidth, Math.ceil((box.east + 180) / res));
  const j0 = Math.max(0, Math.floor((90 - box.north) / res));
  const j1 = Math.min(fullHeight, Math.ceil((90 - box.south) / res));
  const width = i1 - i0;
  const height = j1 - j0;
  const data = new Float32Array(width * height);
  for (let j = 0; j < height; j++) {
    const gy = j0 + j;
    for (let i = 0; i < width; i++) {
      const gx = i0 + i;
      const tile = marbleTile(level, Math.floor(gy / MARBLE_TILE), Math.floor(gx / MARBLE_TILE));
      data[j * width + i] = tile[(gy % MARBLE_TILE) * MARBLE_TILE + (gx % MARBLE_TILE)] ?? 0;
    }
  }
  return { data, width, height, west: -180 + i0 * res, north: 90 - j0 * res, res };
}

/**
 * The ETOPO5 heights over a box, each against Marble's finest level at the same point.
 * @param {Bbox} box
 */
function calibrationSamples(box) {
  const reader = new NetCDFReader(readFileSync(ETOPO5));
  const xs = /** @type {number[]} */ (reader.getDataVariable('ETOPO05_X'));
  const ys = /** @type {number[]} */ (reader.getDataVariable('ETOPO05_Y'));
  const z = /** @type {number[]} */ (reader.getDataVariable('ROSE'));
  const grey = marbleGrid(MARBLE_MAX_LEVEL, box);
  /** @type {{ level: number; height: number }[]} */
  const samples = [];
  for (const [j, lat] of ys.entries()) {
    if (lat < box.south || lat > box.north) continue;
    for (const [i, x] of xs.entries()) {
      const lon = x >= 180 ? x - 360 : x;
      if (lon < box.west || lon > box.east) continue;
      const gi = Math.min(grey.width - 1, Math.floor((lon - grey.west) / grey.res));
      const gj = Math.min(grey.height - 1, Math.floor((grey.north - lat) / grey.res));
      samples.push({ level: grey.data[gj * grey.width + gi] ?? 0, height: z[j * xs.length + i] ?? 0 });
    }
  }
  return samples;
}

/**
 * Marble's level whose pixels are the largest not coarser than the tile's: the source's own pyramid serves
 * the low zooms, so a tile never under-samples its data.
 * @param {number} z
 */
export function marbleLevelForZoom(z) {
  const tilePixel = 360 / (256 * 2 ** z);
  let level = MARBLE_MAX_LEVEL;
  while (level > 0 && 360 / (MARBLE_TILE * 2 ** level) <= tilePixel) level--;
  return level;
}

/**
 * Heights in metres, deblocked, over a box at one Marble level.
 * @param {number} level
 * @param {Bbox} box
 * @param {Float64Array} curve
 * @param {number} sigma
 * @returns {Grid}
 */
export function heightGrid(level, box, curve, sigma) {
  const grey = marbleGrid(level, box);
  const metres = grey.data.map((g) => levelToMetres(curve, g));
  return { ...grey, data: gaussianBlur(metres, grey.width, grey.height, sigma) };
}

/**
 * @param {Bbox[]} boxes
 * @param {number} margin degrees
 * @returns {Bbox}
 */
function union(boxes, margin) {
  return {
    west: Math.min(...boxes.map((b) => b.west)) - margin,
    south: Math.min(...boxes.map((b) => b.south)) - margin,
    east: Math.max(...boxes.map((b) => b.east)) + margin,
    north: Math.max(...boxes.map((b) => b.north)) + margin,
  };
}

/**
 * Heights in metres at the centres of a tile's pixels and a one-pixel border round them (what MapLibre's
 * hillshade reads from a raster-dem tile and its neighbours), in whole metres as the Terrarium tiles the style
 * used to read held them.
 * @param {{ z: number; x: number; y: number }} tile
 * @param {(lon: number, lat: number) => number} heightAt metres
 * @param {number} size
 * @param {number} [exaggeration] multiplies the whole metres
 */
export function tileHeights({ z, x, y }, heightAt, size, exaggeration = 1) {
  const stride = size + 2;
  const out = new Float32Array(stride * stride);
  // Longitude depends on the column only and latitude on the row only: project each once.
  const lons = Array.from({ length: stride }, (_, i) => tileToLonLat(z, x + (i - 0.5) / size, y)[0]);
  for (let j = 0; j < stride; j++) {
    const [, lat] = tileToLonLat(z, x, y + (j - 0.5) / size);
    for (let i = 0; i < stride; i++) {
      out[j * stride + i] = Math.round(heightAt(/** @type {number} */ (lons[i]), lat)) * exaggeration;
    }
  }
  return out;
}

/** The relief covers the Web Mercator world (west, south, east, north). */
export const WORLD_BOUNDS = /** @type {[number, number, number, number]} */ ([-180, -85.0511, 180, 85.0511]);

/**
 * @typedef {import('./relief-tiles.mjs').TileTheme} ReliefTheme one pre-shaded archive, relief-<name>.pmtiles
 */

/**
 * Writes one pre-shaded ground archive per theme, relief-<theme>.pmtiles in `outDir`, over the whole world.
 * @param {{
 *   outDir?: string;
 *   land: number[][][];
 *   themes: ReliefTheme[];
 *   log?: (line: string) => void;
 *   cacheDir?: string;
 *   part?: { index: number; count: number };
 *   fromZoom?: number;
 * }} options land: the land rings (lon/lat) the ground is filled with; cacheDir and part: see bakeWorld
 *   (with a part, only that part's blocks are baked into the cache and no archive is written); fromZoom: bake
 *   only the zooms from it on and take the lower ones from the archives already in outDir (the same bytes a
 *   whole run gives, without baking the lower zooms again)
 * @returns {Promise<{ files: { name: string; bytes: number; byZoom: number[] }[]; tiles: number; curve: Float64Array; l3: Grid; seconds: number }>}
 */
export async function buildRelief(options) {
  const started = performance.now();
  const outDir = options.outDir ?? join(root, 'public/basemap');
  const log = options.log ?? console.log;
  ensureDebianPackage('marble-qt-data', join(MARBLE_SRTM, '3/000000/000000_000000.jpg'));
  ensureDebianPackage('ferret-datasets', ETOPO5);

  // Calibrated where it always was (the Sahel window), so Kidal's heights and the massif outline stay put.
  const curve = fitLevelCurve(calibrationSamples(INSET));
  const fromZoom = options.fromZoom ?? 0;
  const { tiles: tilesByTheme, landTiles } = await bakeWorld({
    maxZoom: RELIEF_MAX_ZOOM,
    minZoom: fromZoom,
    land: options.land,
    themes: options.themes,
    encode: (rgb, z) =>
      encodeWebp({ width: TILE_SIZE, height: TILE_SIZE, data: rgb }, { quality: reliefQuality(z) }),
    log,
    cacheDir: options.cacheDir,
    part: options.part,
    heightsFor: (z, block) => {
      const level = marbleLevelForZoom(z);
      const pixel = 360 / (MARBLE_TILE * 2 ** (level + 1));
      const grid = heightGrid(level, union([block], 8 * pixel), curve, DEBLOCK_SIGMA);
      // The sea is flat: hillshaded sea floor would only be noise under the coast.
      const heightAt = (/** @type {number} */ lon, /** @type {number} */ lat) =>
        Math.max(0, sampleGrid(grid, lon, lat));
      return (tile) => tileHeights(tile, heightAt, TILE_SIZE, RELIEF_VERTICAL_EXAGGERATION);
    },
  });
  const l3 = heightGrid(MARBLE_MAX_LEVEL, INSET, curve, DEBLOCK_SIGMA);
  if (options.part) return { files: [], tiles: 0, curve, l3, seconds: (performance.now() - started) / 1000 };

  await mkdir(outDir, { recursive: true });
  const files = [];
  for (const theme of options.themes) {
    const name = `relief-${theme.name}.pmtiles`;
    const baked = tilesByTheme.get(theme.name) ?? [];
    const kept =
      fromZoom > 0
        ? readPmtiles(new Uint8Array(readFileSync(join(outDir, name)))).tiles.filter((t) => t.z < fromZoom)
        : [];
    const tiles = [...kept, ...baked];
    const archive = writePmtiles(tiles, {
      tileType: TILE_TYPE.webp,
      bounds: WORLD_BOUNDS,
      center: [1.4, 18.4, RELIEF_MAX_ZOOM],
      metadata: {
        name: `Sandtable relief (${theme.name})`,
        description:
          `The basemap's ground in the ${theme.name} theme (sea and land) with a hillshade baked ` +
          "in: MapLibre's basic method, light from the north-west at 30°, heights ×" +
          `${RELIEF_VERTICAL_EXAGGERATION}, from the SRTM30-based relief of marble-qt-data (2 arc-minute 8-bit ` +
          'levels) calibrated to metres against ETOPO5 (ferret-datasets). Tiles without land are the plain sea.',
        attribution: RELIEF_ATTRIBUTION,
        verticalExaggeration: RELIEF_VERTICAL_EXAGGERATION,
        // What the tiles were baked with, so a test can tell when the palette has moved on without them.
        sea: theme.sea,
        fills: [theme.land],
        light: theme.light,
        levelToMetres: [...curve].map((m) => Math.round(m)),
      },
    });
    await writeFile(join(outDir, name), archive);
    const byZoom = Array.from({ length: RELIEF_MAX_ZOOM + 1 }, () => 0);
    const counted = new Set();
    for (const t of tiles) {
      // Bytes stored per zoom: a tile repeated (the sea) is stored once.
      if (counted.has(t.data)) continue;
      counted.add(t.data);
      byZoom[t.z] = (byZoom[t.z] ?? 0) + t.data.length;
    }
    files.push({ name, bytes: archive.length, byZoom });
    log(
      `${name.padEnd(24)} ${(archive.length / 1024).toFixed(1).padStart(7)} KiB, ${tiles.length} tiles, z0–${RELIEF_MAX_ZOOM}`,
    );
    log(`  KiB per zoom: ${byZoom.map((b, z) => `z${z} ${(b / 1024).toFixed(0)}`).join(', ')}`);
  }
  const seconds = (performance.now() - started) / 1000;
  log(`relief             ${seconds.toFixed(1)} s, ${landTiles} land tiles`);
  const tiles = tilesByTheme.get(options.themes[0]?.name ?? '')?.length ?? 0;
  return { files, tiles, curve, l3, seconds };
}

/** Where the massif outline is traced: the campaign window's north-east, between the Tilemsi and Tamesna. */
export const MASSIF_WINDOW = { west: 0, south: 17.5, east: 4.5, north: 21.5 };
/** The contour that outlines the massif: the plains round it lie at 350–450 m, its plateau at 500–800 m. */
export const MASSIF_CONTOUR_M = 500;
/** A wider blur (σ ≈ 11 km) than the tiles', so the outline follows the massif and not every wadi. */
const MASSIF_SIGMA = 3;
const MASSIF_TOLERANCE_DEG = 0.02;

/**
 * The Adrar des Ifoghas as the largest area above MASSIF_CONTOUR_M inside MASSIF_WINDOW (closed by the window
 * where the high ground runs on into Algeria towards the Hoggar), simplified and rounded, counter-clockwise.
 * @param {Float64Array} curve
 * @returns {{ ring: [number, number][]; highest: number }}
 */
export function massifOutline(curve) {
  const grid = heightGrid(MARBLE_MAX_LEVEL, MASSIF_WINDOW, curve, MASSIF_SIGMA);
  const rings = contourRings(grid.data, grid.width, grid.height, MASSIF_CONTOUR_M);
  const largest = rings.sort((a, b) => Math.abs(ringArea2(b)) - Math.abs(ringArea2(a)))[0];
  if (!largest) throw new Error(`no ground above ${MASSIF_CONTOUR_M} m in the massif window`);
  /** @type {[number, number][]} */
  const lonLat = largest.map(([x, y]) => [
    grid.west + (x + 0.5) * grid.res,
    grid.north - (y + 0.5) * grid.res,
  ]);
  const round = (/** @type {number} */ v) => Math.round(v * 1e4) / 1e4;
  /** @type {[number, number][]} */
  let ring = simplifyRing(lonLat, MASSIF_TOLERANCE_DEG).map(([lon, lat]) => [round(lon), round(lat)]);
  if (ringArea2(ring) < 0) ring = ring.reverse();
  const tiles = heightGrid(MARBLE_MAX_LEVEL, MASSIF_WINDOW, curve, DEBLOCK_SIGMA);
  let highest = -Infinity;
  for (const v of tiles.data) highest = Math.max(highest, v);
  return { ring, highest: Math.round(highest) };
}

/**
 * Replaces the massif's geometry (and the note on where it comes from) in the curated regional layer.
 * @param {string} path geodata/basemap/regional.geojson
 * @param {[number, number][]} ring
 */
export async function writeMassif(path, ring) {
  const collection = JSON.parse(readFileSync(path, 'utf8'));
  const massif = collection.features.find((/** @type {any} */ f) => f.properties?.kind === 'massif');
  if (!massif) throw new Error(`${path} has no feature of kind "massif" to outline`);
  massif.properties.source =
    `Outline: the ${MASSIF_CONTOUR_M} m contour of the derived relief (public/basemap/relief.pmtiles: SRTM30 via ` +
    'KDE Marble, 2 arc-minutes, calibrated with ETOPO5), smoothed over about 11 km and simplified to 2 km, ' +
    `within ${MASSIF_WINDOW.west}–${MASSIF_WINDOW.east}° E, ${MASSIF_WINDOW.south}–${MASSIF_WINDOW.north}° N ` +
    '(npm run basemap). Name: GeoNames and the research notes.';
  massif.properties.accuracyKm = 15;
  massif.properties.accuracy =
    `Derived: the edge of the ground above ${MASSIF_CONTOUR_M} m in a ~4 km relief whose heights are within about ` +
    '30 m of known heights near Kidal and Tessalit (too high by about 30 m there), so the edge may be off by ' +
    '10–15 km where the slope is gentle. The high ground runs on into Algeria towards the Hoggar; the outline is ' +
    `closed at ${MASSIF_WINDOW.east}° E and ${MASSIF_WINDOW.north}° N rather than follow it.`;
  massif.geometry = { type: 'Polygon', coordinates: [ring] };
  const prettier = await import('prettier');
  const text = await prettier.format(JSON.stringify(collection), {
    ...(await prettier.resolveConfig(path)),
    filepath: path,
  });
  await writeFile(path, text);
}

export { MASSIF_HIGH_POINT };

/**
 * @param {Grid} grid metres at Marble's finest level
 */
export function referenceTable(grid) {
  return REFERENCE_HEIGHTS.map((r) => {
    const derived = Math.round(Math.max(0, sampleGrid(grid, r.lon, r.lat)));
    return { ...r, derived, error: derived - r.metres };
  });
}
