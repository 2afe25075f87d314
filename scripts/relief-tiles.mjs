// The world's pre-shaded ground tiles for scripts/build-relief.mjs, fast enough for the whole Earth on a small
// machine: the land rings are projected once per zoom, each tile rasterises only the rings whose box it
// touches, the heights are read per block of tiles (a zoom-3 tile's worth), the land coverage and slopes are
// worked out once and shaded for every theme, and a tile with no land in it is the plain sea colour, unshaded
// (the relief is bathymetry-free), encoded once per theme and stored once by the archive writer.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { basicShade, coverage, projectRings, slopes } from './relief-ground.mjs';
import { TILE_SIZE, tileBbox, tileToLonLat } from './relief-dem.mjs';

/** @typedef {import('./relief-ground.mjs').Rgba} Rgba */
/** @typedef {import('./relief-ground.mjs').Light} Light */
/** @typedef {import('./relief-dem.mjs').Bbox} Bbox */
/** @typedef {{ name: string; sea: Rgba; land: Rgba; light: Light }} TileTheme */
/** @typedef {{ z: number; x: number; y: number; data: Uint8Array }} Tile */

/** Heights are read for a block of tiles at a time: one zoom-3 tile's worth at most (≈ 45° square). */
const BLOCK_ZOOM = 3;

/**
 * @param {number[][][]} rings lon/lat
 * @param {number} z
 */
function projectedWithBoxes(rings, z) {
  return projectRings(rings, z, TILE_SIZE).map((ring) => {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const [x = 0, y = 0] of ring) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    return { ring, box: [x0, y0, x1, y1] };
  });
}

/**
 * @template {{ box: number[] }} T
 * @param {T[]} rings
 * @param {number[]} box [x0, y0, x1, y1] global pixels
 */
function touching(rings, [x0 = 0, y0 = 0, x1 = 0, y1 = 0]) {
  return rings.filter(
    ({ box }) => (box[0] ?? 0) < x1 && (box[2] ?? 0) > x0 && (box[1] ?? 0) < y1 && (box[3] ?? 0) > y0,
  );
}

/**
 * One tile's RGB: the sea, the land by its coverage, the hillshade over both (as scripts/relief-ground.mjs).
 * @param {{ z: number; x: number; y: number }} tile
 * @param {Float32Array} slope from `slopes`
 * @param {Float32Array} land coverage 0–1
 * @param {TileTheme} theme
 */
export function shadeTile({ z, x, y }, slope, land, theme) {
  const size = TILE_SIZE;
  const rgb = new Uint8Array(size * size * 3);
  const [sr, sg, sb] = theme.sea;
  const [lr, lg, lb, la] = theme.land;
  const flat = basicShade(0, 0, 0, theme.light);
  for (let j = 0; j < size; j++) {
    const [, latitude] = tileToLonLat(z, x, y + (j + 0.5) / size);
    for (let i = 0; i < size; i++) {
      const p = j * size + i;
      const c = Math.min(1, land[p] ?? 0) * la;
      const r = sr * (1 - c) + lr * c;
      const g = sg * (1 - c) + lg * c;
      const b = sb * (1 - c) + lb * c;
      const dx = slope[2 * p] ?? 0;
      const dy = slope[2 * p + 1] ?? 0;
      // Flat ground is left unshaded at a 30° light (see basicShade), and most of the Earth is flat at 2′.
      const shade = dx === 0 && dy === 0 ? flat : basicShade(dx, dy, latitude, theme.light);
      rgb[3 * p] = Math.round(255 * (shade[0] + r * (1 - shade[3])));
      rgb[3 * p + 1] = Math.round(255 * (shade[1] + g * (1 - shade[3])));
      rgb[3 * p + 2] = Math.round(255 * (shade[2] + b * (1 - shade[3])));
    }
  }
  return rgb;
}

/**
 * @param {Rgba} sea
 * @returns {Uint8Array}
 */
function seaTile(sea) {
  const rgb = new Uint8Array(TILE_SIZE * TILE_SIZE * 3);
  const c = sea.slice(0, 3).map((v) => Math.round(255 * v));
  for (let p = 0; p < TILE_SIZE * TILE_SIZE; p++) rgb.set(c, 3 * p);
  return rgb;
}

/**
 * Every tile of the world from zoom 0 to maxZoom, per theme. With a cache directory, each block of tiles (a
 * zoom-3 tile's worth) is kept on disk once baked and read back on the next run, so several processes given
 * parts of the blocks (part: index of count) can share a slow build; the run without a part then assembles
 * the same bytes a single run would have written.
 * @param {{
 *   maxZoom: number;
 *   land: number[][][];
 *   themes: TileTheme[];
 *   heightsFor: (z: number, box: Bbox) => (tile: { z: number; x: number; y: number }) => Float32Array;
 *   encode: (rgb: Uint8Array, z: number) => Promise<Uint8Array>;
 *   log?: (line: string) => void;
 *   cacheDir?: string;
 *   part?: { index: number; count: number };
 *   minZoom?: number;
 * }} options heightsFor gives, for a block of tiles, the (size + 2)² heights of each tile in it; minZoom (0
 *   unless given) skips the zooms below it, for a run that only adds a zoom to archives already built
 * @returns {Promise<{ tiles: Map<string, Tile[]>; landTiles: number }>}
 */
export async function bakeWorld(options) {
  const { maxZoom, themes, encode, cacheDir, part, minZoom = 0 } = options;
  /** @type {Map<string, Tile[]>} */
  const tiles = new Map(themes.map((t) => [t.name, []]));
  /** @type {Map<string, Uint8Array>} */
  const sea = new Map();
  // The sea is one tile at every zoom: encoded as the lowest zoom's, so it is stored once.
  for (const theme of themes) sea.set(theme.name, await encode(seaTile(theme.sea), 0));
  let landTiles = 0;
  let blockIndex = 0;
  for (let z = minZoom; z <= maxZoom; z++) {
    const rings = projectedWithBoxes(options.land, z);
    const blockZ = Math.min(z, BLOCK_ZOOM);
    let landAtZoom = 0;
    for (let by = 0; by < 2 ** blockZ; by++) {
      for (let bx = 0; bx < 2 ** blockZ; bx++) {
        const mine = part === undefined || blockIndex % part.count === part.index;
        blockIndex++;
        const cacheFile = cacheDir && join(cacheDir, `z${z}-${bx}-${by}.json`);
        if (cacheFile && existsSync(cacheFile)) {
          /** @type {{ theme: string; z: number; x: number; y: number; sea?: boolean; data?: string }[]} */
          const cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
          for (const t of cached) {
            const data = t.sea ? sea.get(t.theme) : Buffer.from(t.data ?? '', 'base64');
            tiles.get(t.theme)?.push({ z: t.z, x: t.x, y: t.y, data: new Uint8Array(data ?? []) });
            if (!t.sea && t.theme === themes[0]?.name) landAtZoom++;
          }
          continue;
        }
        if (!mine) continue;
        const block = await bakeBlock({ ...options, sea, rings, z, blockZ, bx, by });
        landAtZoom += block.land;
        for (const t of block.tiles) tiles.get(t.theme)?.push(t);
        if (cacheFile) {
          const rows = block.tiles.map((t) =>
            t.data === sea.get(t.theme)
              ? { theme: t.theme, z: t.z, x: t.x, y: t.y, sea: true }
              : { theme: t.theme, z: t.z, x: t.x, y: t.y, data: Buffer.from(t.data).toString('base64') },
          );
          mkdirSync(cacheDir, { recursive: true });
          writeFileSync(`${cacheFile}.tmp`, JSON.stringify(rows));
          renameSync(`${cacheFile}.tmp`, cacheFile);
        }
      }
    }
    landTiles += landAtZoom;
    options.log?.(`  z${z}: ${landAtZoom} land tiles of ${4 ** z}`);
  }
  return { tiles, landTiles };
}

/**
 * One block's tiles, every theme.
 * @param {{
 *   themes: TileTheme[];
 *   heightsFor: (z: number, box: Bbox) => (tile: { z: number; x: number; y: number }) => Float32Array;
 *   encode: (rgb: Uint8Array, z: number) => Promise<Uint8Array>;
 *   sea: Map<string, Uint8Array>;
 *   rings: { ring: number[][]; box: number[] }[];
 *   z: number; blockZ: number; bx: number; by: number;
 * }} o
 */
async function bakeBlock(o) {
  const { z, blockZ, bx, by, themes } = o;
  const perBlock = 2 ** (z - blockZ);
  const blockPx = perBlock * TILE_SIZE;
  /** @type {(Tile & { theme: string })[]} */
  const out = [];
  let landCount = 0;
  const blockRings = touching(o.rings, [bx * blockPx, by * blockPx, (bx + 1) * blockPx, (by + 1) * blockPx]);
  /** @type {((tile: { z: number; x: number; y: number }) => Float32Array) | undefined} */
  let heights;
  for (let y = by * perBlock; y < (by + 1) * perBlock; y++) {
    for (let x = bx * perBlock; x < (bx + 1) * perBlock; x++) {
      const px = [x * TILE_SIZE, y * TILE_SIZE, (x + 1) * TILE_SIZE, (y + 1) * TILE_SIZE];
      const mine = touching(blockRings, px).map((r) => r.ring);
      const land = mine.length > 0 ? coverage(mine, px[0] ?? 0, px[1] ?? 0, TILE_SIZE) : undefined;
      if (!land || !land.some((v) => v > 0)) {
        for (const theme of themes)
          out.push({ theme: theme.name, z, x, y, data: /** @type {Uint8Array} */ (o.sea.get(theme.name)) });
        continue;
      }
      heights ??= o.heightsFor(z, tileBbox(blockZ, bx, by));
      const slope = slopes(heights({ z, x, y }), TILE_SIZE, z);
      for (const theme of themes) {
        const data = await o.encode(shadeTile({ z, x, y }, slope, land, theme), z);
        out.push({ theme: theme.name, z, x, y, data });
      }
      landCount++;
    }
  }
  return { tiles: out, land: landCount };
}
