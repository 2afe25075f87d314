// Pure functions behind the pre-shaded ground tiles of scripts/build-relief.mjs: the basemap's ground (sea,
// land, the focus country) with the hillshade baked in, so the app draws relief and ground in one raster pass
// instead of a flat fill plus a full-screen hillshade shader (which halved the frame rate in software WebGL).
// The shading is MapLibre's own `hillshade-method: basic` (its hillshade_prepare and hillshade shaders, redone
// here in JavaScript), so the look is the one the style drew before. Kept apart from file handling so they can
// be unit-tested on small synthetic grids.

import { tileToLonLat } from './relief-dem.mjs';

/** @typedef {[number, number, number, number]} Rgba channels 0–1, not premultiplied */

/**
 * A CSS colour as the palette writes them: #rrggbb or rgba(r, g, b, a).
 * @param {string} css
 * @returns {Rgba}
 */
export function parseColour(css) {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const v = parseInt(/** @type {string} */ (hex[1]), 16);
    return [(v >> 16) / 255, ((v >> 8) & 0xff) / 255, (v & 0xff) / 255, 1];
  }
  const rgba = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(
    css.trim(),
  );
  if (rgba) {
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map((c) => Number(c) / 255);
    return [r ?? 0, g ?? 0, b ?? 0, rgba[4] === undefined ? 1 : Number(rgba[4])];
  }
  throw new Error(`parseColour: "${css}" is neither #rrggbb nor rgba(r, g, b, a)`);
}

/**
 * @typedef {object} Light how the style lit the relief
 * @property {number} direction degrees clockwise from north the light comes from (MapLibre's 315: north-west)
 * @property {number} altitude degrees above the horizon
 * @property {number} exaggeration MapLibre's hillshade-exaggeration, 0–1
 * @property {Rgba} shadow
 * @property {Rgba} highlight
 */

/**
 * MapLibre's hillshade_prepare step: the slope at each pixel of a tile from the 3×3 Sobel kernel over heights
 * in metres, scaled by its zoom-dependent exaggeration, and clamped to what its 8-bit slope texture holds.
 * @param {Float32Array} heights (size + 2)² heights, row-major from the north-west, with a one-pixel border
 * @param {number} size tile size in pixels
 * @param {number} zoom the zoom MapLibre would shade the tile at (its overscaled zoom)
 * @returns {Float32Array} 2·size² values: ∂/∂x (east) and ∂/∂y (south) per pixel, interleaved
 */
export function slopes(heights, size, zoom) {
  const stride = size + 2;
  if (heights.length !== stride * stride) {
    throw new Error(`slopes: ${heights.length} heights for a ${size}-pixel tile with a border (${stride}²)`);
  }
  const factor = zoom < 2 ? 0.4 : zoom < 4.5 ? 0.35 : 0.3;
  const exaggeration = zoom < 15 ? (zoom - 15) * factor : 0;
  // 25.2562 is log2 of the Mercator world's width in metres; 3 is the kernel's 8.
  const scale = size / 2 ** (exaggeration + (3 + 25.2562 - zoom));
  // The slope texture stores deriv / 8 + 128/255 in 8 bits, clamped to 0–1: steeper slopes saturate.
  const lo = (-128 / 255) * 8;
  const hi = (127 / 255) * 8;
  const out = new Float32Array(2 * size * size);
  const h = (/** @type {number} */ x, /** @type {number} */ y) =>
    /** @type {number} */ (heights[(y + 1) * stride + (x + 1)]);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = h(x - 1, y - 1);
      const b = h(x, y - 1);
      const c = h(x + 1, y - 1);
      const d = h(x - 1, y);
      const f = h(x + 1, y);
      const g = h(x - 1, y + 1);
      const hh = h(x, y + 1);
      const i = h(x + 1, y + 1);
      const dx = (c + f + f + i - (a + d + d + g)) * scale;
      const dy = (g + hh + hh + i - (a + b + b + c)) * scale;
      out[2 * (y * size + x)] = Math.min(hi, Math.max(lo, dx));
      out[2 * (y * size + x) + 1] = Math.min(hi, Math.max(lo, dy));
    }
  }
  return out;
}

/**
 * MapLibre's `basic` hillshade at one pixel (light anchored north-up), as the premultiplied colour it blends
 * over the ground: the shadow colour on slopes turned from the light, the highlight on slopes facing it, and
 * nothing on flat ground when the light stands 30° high.
 * @param {number} dx slope east, from `slopes`
 * @param {number} dy slope south, from `slopes`
 * @param {number} latitude degrees: Mercator stretches slopes by 1/cos(latitude)
 * @param {Light} light
 * @returns {Rgba} premultiplied
 */
export function basicShade(dx, dy, latitude, light) {
  const k = (light.exaggeration * 2) / Math.cos((latitude * Math.PI) / 180);
  const x = dx * k;
  const y = dy * k;
  const azimuth = (light.direction * Math.PI) / 180 + Math.PI;
  const alt = (light.altitude * Math.PI) / 180;
  const cang =
    (Math.sin(alt) - (y * Math.cos(azimuth) * Math.cos(alt) - x * Math.sin(azimuth) * Math.cos(alt))) /
    Math.sqrt(1 + x * x + y * y);
  const shade = Math.min(1, Math.max(0, cang));
  const [colour, weight] = shade > 0.5 ? [light.highlight, 2 * shade - 1] : [light.shadow, 1 - 2 * shade];
  const a = colour[3] * weight;
  return [colour[0] * a, colour[1] * a, colour[2] * a, a];
}

/**
 * A polygon's rings in global Web Mercator pixels at zoom z (tile size 256), where MapLibre draws their edges
 * straight.
 * @param {number[][][]} rings lon/lat
 * @param {number} z
 * @param {number} [tileSize]
 * @returns {number[][][]}
 */
export function projectRings(rings, z, tileSize = 256) {
  const world = tileSize * 2 ** z;
  return rings.map((ring) =>
    ring.map(([lon = 0, lat = 0]) => {
      const r = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
      return [
        ((lon + 180) / 360) * world,
        ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * world,
      ];
    }),
  );
}

/**
 * The share of each pixel of a tile that the rings cover (even–odd), antialiased as a fill is: exact along
 * each of `rows` sample lines per pixel row.
 * @param {number[][][]} rings global pixels (projectRings) at the tile's zoom
 * @param {number} x0 the tile's left edge in global pixels
 * @param {number} y0 the tile's top edge in global pixels
 * @param {number} size
 * @param {number} [rows] sample lines per pixel row
 * @returns {Float32Array} size² coverages 0–1
 */
export function coverage(rings, x0, y0, size, rows = 4) {
  const out = new Float32Array(size * size);
  /** @type {number[][]} crossings of each sample line */
  const lines = Array.from({ length: size * rows }, () => []);
  for (const ring of rings) {
    for (let k = 0; k < ring.length; k++) {
      const [ax = 0, ay = 0] = /** @type {number[]} */ (ring[k]);
      const [bx = 0, by = 0] = /** @type {number[]} */ (ring[(k + 1) % ring.length]);
      if (ay === by) continue;
      // Sample line s lies at y0 + (s + 0.5) / rows; an edge counts on lines in [min, max).
      const top = Math.min(ay, by);
      const bottom = Math.max(ay, by);
      const first = Math.max(0, Math.ceil((top - y0) * rows - 0.5));
      const last = Math.min(size * rows - 1, Math.ceil((bottom - y0) * rows - 0.5) - 1);
      for (let s = first; s <= last; s++) {
        const y = y0 + (s + 0.5) / rows;
        lines[s]?.push(ax + ((y - ay) * (bx - ax)) / (by - ay) - x0);
      }
    }
  }
  for (const [s, xs] of lines.entries()) {
    xs.sort((a, b) => a - b);
    const row = Math.floor(s / rows) * size;
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, /** @type {number} */ (xs[k]));
      const to = Math.min(size, /** @type {number} */ (xs[k + 1]));
      if (to <= from) continue;
      const i0 = Math.floor(from);
      const i1 = Math.min(size - 1, Math.floor(to));
      for (let i = i0; i <= i1; i++) {
        const share = Math.min(to, i + 1) - Math.max(from, i);
        if (share > 0) out[row + i] = (out[row + i] ?? 0) + share / rows;
      }
    }
  }
  return out;
}

/**
 * @typedef {object} Ground what lies under the relief, as the flat style draws it
 * @property {Rgba} sea the background
 * @property {{ colour: Rgba; rings: number[][][] }[]} fills in drawing order, rings in lon/lat
 */

/**
 * One pre-shaded ground tile: the fills composited as MapLibre would (each by its coverage), then the
 * hillshade blended over them (premultiplied, as MapLibre blends), rounded to 8-bit RGB.
 * @param {{ z: number; x: number; y: number }} tile
 * @param {Float32Array} heights (size + 2)² metres with a one-pixel border (see `slopes`)
 * @param {Ground} ground
 * @param {Light} light
 * @param {{ size?: number }} [options]
 * @returns {Uint8Array} size² RGB pixels
 */
export function groundTile(tile, heights, ground, light, options = {}) {
  const size = options.size ?? 256;
  const { z, x, y } = tile;
  // At the tile's own zoom, as MapLibre prepares a raster-dem tile once and draws it magnified past its maxzoom.
  const slope = slopes(heights, size, z);
  const covers = ground.fills.map((fill) => ({
    colour: fill.colour,
    share: coverage(projectRings(fill.rings, z, size), x * size, y * size, size),
  }));
  const rgb = new Uint8Array(size * size * 3);
  for (let j = 0; j < size; j++) {
    const [, latitude] = tileToLonLat(z, x, y + (j + 0.5) / size);
    for (let i = 0; i < size; i++) {
      const p = j * size + i;
      let [r, g, b] = ground.sea;
      for (const { colour, share } of covers) {
        const c = Math.min(1, share[p] ?? 0) * colour[3];
        r = r * (1 - c) + colour[0] * c;
        g = g * (1 - c) + colour[1] * c;
        b = b * (1 - c) + colour[2] * c;
      }
      const shade = basicShade(slope[2 * p] ?? 0, slope[2 * p + 1] ?? 0, latitude, light);
      rgb[3 * p] = Math.round(255 * (shade[0] + r * (1 - shade[3])));
      rgb[3 * p + 1] = Math.round(255 * (shade[1] + g * (1 - shade[3])));
      rgb[3 * p + 2] = Math.round(255 * (shade[2] + b * (1 - shade[3])));
    }
  }
  return rgb;
}
