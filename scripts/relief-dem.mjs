// Pure functions behind scripts/build-relief.mjs: calibrating Marble's 8-bit relief levels to metres,
// smoothing and resampling the grid, and Web Mercator tile geometry. Kept apart from the file and
// package handling so they can be unit-tested on small synthetic grids.

export const TILE_SIZE = 256;

/** @param {number[]} sorted */
function median(sorted) {
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? /** @type {number} */ (sorted[mid])
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Weighted pool-adjacent-violators: the closest non-decreasing sequence (least squares).
 * @param {{ x: number; y: number; w: number }[]} points sorted by x
 */
export function isotonic(points) {
  /** @type {{ y: number; w: number; n: number }[]} */
  const blocks = [];
  for (const p of points) {
    blocks.push({ y: p.y, w: p.w, n: 1 });
    while (blocks.length > 1) {
      const b = /** @type {{ y: number; w: number; n: number }} */ (blocks[blocks.length - 1]);
      const a = /** @type {{ y: number; w: number; n: number }} */ (blocks[blocks.length - 2]);
      if (a.y <= b.y) break;
      blocks.splice(-2, 2, { y: (a.y * a.w + b.y * b.w) / (a.w + b.w), w: a.w + b.w, n: a.n + b.n });
    }
  }
  const ys = blocks.flatMap((b) => Array.from({ length: b.n }, () => b.y));
  return points.map((p, i) => ({ x: p.x, y: /** @type {number} */ (ys[i]) }));
}

/**
 * The height that each relief level stands for: the median reference height of the cells at that level,
 * made non-decreasing, interpolated across levels with too few cells and extended linearly past the ends.
 * @param {{ level: number; height: number }[]} samples level 0–255 against a height in metres
 * @param {number} [minCount] levels with fewer samples are interpolated instead
 * @returns {Float64Array} 256 heights in metres
 */
export function fitLevelCurve(samples, minCount = 30) {
  /** @type {number[][]} */
  const byLevel = Array.from({ length: 256 }, () => []);
  for (const s of samples) {
    if (!Number.isInteger(s.level) || s.level < 0 || s.level > 255)
      throw new Error(`level ${s.level} is not 0–255`);
    byLevel[s.level]?.push(s.height);
  }
  const points = byLevel.flatMap((heights, level) =>
    heights.length >= minCount
      ? [{ x: level, y: median(heights.sort((a, b) => a - b)), w: heights.length }]
      : [],
  );
  if (points.length < 2) throw new Error(`only ${points.length} levels have ${minCount} samples or more`);
  const fitted = isotonic(points);
  const curve = new Float64Array(256);
  const first = /** @type {{ x: number; y: number }} */ (fitted[0]);
  const last = /** @type {{ x: number; y: number }} */ (fitted[fitted.length - 1]);
  // End slopes over a few levels, so one noisy end level does not set the extrapolation.
  const span = Math.min(8, fitted.length - 1);
  const lowSlope =
    /** @type {{ y: number }} */ (fitted[span].y - first.y) /
    /** @type {{ x: number }} */ (fitted[span].x - first.x);
  const highRef = /** @type {{ x: number; y: number }} */ (fitted[fitted.length - 1 - span]);
  const highSlope = (last.y - highRef.y) / (last.x - highRef.x);
  let k = 0;
  for (let level = 0; level < 256; level++) {
    if (level <= first.x) curve[level] = first.y - (first.x - level) * lowSlope;
    else if (level >= last.x) curve[level] = last.y + (level - last.x) * highSlope;
    else {
      while (/** @type {{ x: number }} */ (fitted[k + 1]).x < level) k++;
      const a = /** @type {{ x: number; y: number }} */ (fitted[k]);
      const b = /** @type {{ x: number; y: number }} */ (fitted[k + 1]);
      curve[level] = a.y + ((b.y - a.y) * (level - a.x)) / (b.x - a.x);
    }
  }
  return curve;
}

/**
 * @param {Float64Array} curve from fitLevelCurve
 * @param {number} level 0–255, fractional allowed
 */
export function levelToMetres(curve, level) {
  const l = Math.min(255, Math.max(0, level));
  const i = Math.min(254, Math.floor(l));
  const t = l - i;
  return /** @type {number} */ (curve[i]) * (1 - t) + /** @type {number} */ (curve[i + 1]) * t;
}

/**
 * Separable Gaussian blur with clamped edges. Marble's tiles are JPEGs: 8×8-pixel blocks and 8-bit steps
 * that hillshading would draw as a grid of terraces; a blur of about two pixels hides them.
 * @param {Float32Array} data row-major
 * @param {number} width
 * @param {number} height
 * @param {number} sigma in pixels
 */
export function gaussianBlur(data, width, height, sigma) {
  if (sigma <= 0) return data.slice();
  const radius = Math.ceil(3 * sigma);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) =>
    Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma)),
  );
  const sum = kernel.reduce((a, b) => a + b, 0);
  const weights = kernel.map((k) => k / sum);
  const pass = (/** @type {Float32Array} */ src, /** @type {boolean} */ horizontal) => {
    const out = new Float32Array(src.length);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let acc = 0;
        for (let k = -radius; k <= radius; k++) {
          const xx = horizontal ? Math.min(width - 1, Math.max(0, x + k)) : x;
          const yy = horizontal ? y : Math.min(height - 1, Math.max(0, y + k));
          acc += /** @type {number} */ (weights[k + radius]) * /** @type {number} */ (src[yy * width + xx]);
        }
        out[y * width + x] = acc;
      }
    }
    return out;
  };
  return pass(pass(data, true), false);
}

/**
 * Bilinear sample at a lon/lat, clamped to the grid's edge cells.
 * @param {Grid} grid
 * @param {number} lon
 * @param {number} lat
 */
export function sampleGrid(grid, lon, lat) {
  const gx = Math.min(grid.width - 1, Math.max(0, (lon - grid.west) / grid.res - 0.5));
  const gy = Math.min(grid.height - 1, Math.max(0, (grid.north - lat) / grid.res - 0.5));
  const x0 = Math.min(grid.width - 2, Math.floor(gx));
  const y0 = Math.min(grid.height - 2, Math.floor(gy));
  const tx = gx - x0;
  const ty = gy - y0;
  const at = (/** @type {number} */ x, /** @type {number} */ y) =>
    /** @type {number} */ (grid.data[y * grid.width + x]);
  const top = at(x0, y0) * (1 - tx) + at(x0 + 1, y0) * tx;
  const bottom = at(x0, y0 + 1) * (1 - tx) + at(x0 + 1, y0 + 1) * tx;
  return top * (1 - ty) + bottom * ty;
}

/**
 * Longitude/latitude of a Web Mercator position given in tiles at zoom z (fractional tile coordinates).
 * @param {number} z
 * @param {number} tx
 * @param {number} ty
 * @returns {[number, number]}
 */
export function tileToLonLat(z, tx, ty) {
  const n = 2 ** z;
  const lon = (tx / n) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * ty) / n))) * 180) / Math.PI;
  return [lon, lat];
}

/**
 * The tiles at zoom z that overlap the box.
 * @param {Bbox} bbox
 * @param {number} z
 * @returns {{ x: number; y: number }[]}
 */
export function tilesCovering(bbox, z) {
  const n = 2 ** z;
  const tx = (/** @type {number} */ lon) => Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
  const ty = (/** @type {number} */ lat) => {
    const r = (lat * Math.PI) / 180;
    const y = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n;
    return Math.min(n - 1, Math.max(0, Math.floor(y)));
  };
  const tiles = [];
  for (let y = ty(bbox.north); y <= ty(bbox.south); y++)
    for (let x = tx(bbox.west); x <= tx(bbox.east); x++) tiles.push({ x, y });
  return tiles;
}

/**
 * The extent of a tile in degrees.
 * @param {number} z
 * @param {number} x
 * @param {number} y
 * @returns {Bbox}
 */
export function tileBbox(z, x, y) {
  const [west, north] = tileToLonLat(z, x, y);
  const [east, south] = tileToLonLat(z, x + 1, y + 1);
  return { west, south, east, north };
}
