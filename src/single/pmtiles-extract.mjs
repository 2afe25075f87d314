// A sub-archive of a PMTiles archive: the world's low zooms and, deeper, only the tiles over a region. The
// single-file briefing (scripts/single-file-plugin.ts) carries these instead of the whole Earth. Reads the
// archives this project writes (scripts/pmtiles-write.mjs: directories uncompressed) and writes the result
// with the same writer, so it is byte-identical run to run.

import { bytesToHeader, tileIdToZxy } from 'pmtiles';
import { writePmtiles } from './pmtiles-write.mjs';

/** @typedef {import('./pmtiles-write.mjs').Tile} Tile */
/** @typedef {[number, number, number, number]} Bounds west, south, east, north */

/**
 * @param {Uint8Array} bytes
 * @param {number} at
 * @returns {[number, number]} value and the position after it
 */
function varint(bytes, at) {
  let value = 0;
  let shift = 1;
  let i = at;
  for (;;) {
    const b = bytes[i++] ?? 0;
    value += (b & 0x7f) * shift;
    if (b < 0x80) return [value, i];
    shift *= 0x80;
  }
}

/**
 * @param {Uint8Array} bytes one serialised directory
 * @returns {{ tileId: number; offset: number; length: number; runLength: number }[]}
 */
function parseDirectory(bytes) {
  let at = 0;
  let n;
  [n, at] = varint(bytes, at);
  const entries = Array.from({ length: n }, () => ({ tileId: 0, offset: 0, length: 0, runLength: 0 }));
  let id = 0;
  for (const e of entries) {
    let delta;
    [delta, at] = varint(bytes, at);
    id += delta;
    e.tileId = id;
  }
  for (const e of entries) [e.runLength, at] = varint(bytes, at);
  for (const e of entries) [e.length, at] = varint(bytes, at);
  entries.forEach((e, i) => {
    let v;
    [v, at] = varint(bytes, at);
    const prev = entries[i - 1];
    e.offset = v === 0 && prev ? prev.offset + prev.length : v - 1;
  });
  return entries;
}

/**
 * Every tile of an archive, with its header and metadata.
 * @param {Uint8Array} bytes
 */
export function readPmtiles(bytes) {
  const header = bytesToHeader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 127));
  if (header.internalCompression !== 1)
    throw new Error('readPmtiles: only uncompressed directories are read');
  const slice = (/** @type {number} */ offset, /** @type {number} */ length) =>
    bytes.subarray(offset, offset + length);
  const metadata = JSON.parse(
    new TextDecoder().decode(slice(header.jsonMetadataOffset, header.jsonMetadataLength)),
  );
  /** @type {Tile[]} */
  const tiles = [];
  /** @param {Uint8Array} dir */
  const visit = (dir) => {
    for (const e of parseDirectory(dir)) {
      if (e.runLength === 0) {
        visit(slice(header.leafDirectoryOffset + e.offset, e.length));
        continue;
      }
      const data = slice(header.tileDataOffset + e.offset, e.length);
      for (let k = 0; k < e.runLength; k++) {
        const [z, x, y] = tileIdToZxy(e.tileId + k);
        tiles.push({ z, x, y, data });
      }
    }
  };
  visit(slice(header.rootDirectoryOffset, header.rootDirectoryLength));
  return { header, metadata, tiles };
}

/**
 * Whether a tile is kept: every tile down to lowZoom, and deeper the tiles that overlap one of the regions.
 * @param {{ z: number; x: number; y: number }} tile
 * @param {{ lowZoom: number; regions: Bounds[] }} keep
 */
export function keepTile({ z, x, y }, { lowZoom, regions }) {
  if (z <= lowZoom) return true;
  const n = 2 ** z;
  const west = (x / n) * 360 - 180;
  const east = ((x + 1) / n) * 360 - 180;
  const lat = (/** @type {number} */ ty) =>
    (Math.atan(Math.sinh(Math.PI * (1 - (2 * ty) / n))) * 180) / Math.PI;
  const north = lat(y);
  const south = lat(y + 1);
  return regions.some(([w, s, e, nn]) => west < e && east > w && south < nn && north > s);
}

/**
 * @param {Uint8Array} bytes a whole archive
 * @param {{ lowZoom: number; regions: Bounds[] }} keep
 * @returns {Uint8Array}
 */
export function extractPmtiles(bytes, keep) {
  const { header, metadata, tiles } = readPmtiles(bytes);
  return writePmtiles(
    tiles.filter((t) => keepTile(t, keep)),
    {
      tileType: header.tileType,
      tileCompression: header.tileCompression,
      bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
      center: [header.centerLon, header.centerLat, header.centerZoom],
      metadata: { ...metadata, extract: keep },
    },
  );
}
