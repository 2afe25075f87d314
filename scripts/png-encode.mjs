// A small PNG encoder for generated tiles: 8-bit RGB or RGBA, one IDAT, deflate from fflate (pure JS, so the
// same pixels give the same bytes on every machine with the locked fflate, unlike the platform zlib).

import { zlibSync } from 'fflate';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** @param {Uint8Array} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Uint8Array} data
 */
function chunk(type, data) {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * @param {number} a left
 * @param {number} b up
 * @param {number} c up-left
 */
function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Filters one row with each of the five PNG filters and keeps the one whose bytes, read as signed, sum
 * smallest: the usual heuristic, and it suits elevation tiles, where Up and Paeth turn smooth slopes to zeros.
 * @param {Uint8Array} row
 * @param {Uint8Array} prev the previous row, zeros for the first
 * @param {number} bpp bytes per pixel
 */
function filterRow(row, prev, bpp) {
  let best = new Uint8Array(0);
  let bestType = 0;
  let bestCost = Infinity;
  for (let type = 0; type <= 4; type++) {
    const out = new Uint8Array(row.length);
    let cost = 0;
    for (let i = 0; i < row.length; i++) {
      const x = row[i] ?? 0;
      const a = i >= bpp ? (row[i - bpp] ?? 0) : 0;
      const b = prev[i] ?? 0;
      const c = i >= bpp ? (prev[i - bpp] ?? 0) : 0;
      const predicted =
        type === 0 ? 0 : type === 1 ? a : type === 2 ? b : type === 3 ? (a + b) >> 1 : paeth(a, b, c);
      const v = (x - predicted) & 0xff;
      out[i] = v;
      cost += v < 128 ? v : 256 - v;
    }
    if (cost < bestCost) {
      best = out;
      bestType = type;
      bestCost = cost;
    }
  }
  return { type: bestType, bytes: best };
}

/**
 * @param {{ width: number; height: number; channels: 3 | 4; data: Uint8Array }} image rows top to bottom
 * @returns {Uint8Array<ArrayBuffer>} PNG file bytes
 */
export function encodePng({ width, height, channels, data }) {
  if (data.length !== width * height * channels) {
    throw new Error(`encodePng: ${data.length} bytes for ${width}×${height}×${channels}`);
  }
  const stride = width * channels;
  const raw = new Uint8Array(height * (stride + 1));
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const row = data.subarray(y * stride, (y + 1) * stride);
    const { type, bytes } = filterRow(row, prev, channels);
    raw[y * (stride + 1)] = type;
    raw.set(bytes, y * (stride + 1) + 1);
    prev = row;
  }
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = channels === 4 ? 6 : 2; // colour type: RGBA or RGB
  const parts = [
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
