// A PMTiles v3 writer: one archive, in memory, from a list of tiles. The `pmtiles` package only reads, and the
// format is small (a 127-byte header, varint directories, a JSON metadata blob, the tile bytes), so it is
// written here rather than pulled in from a tool.
//
// Layout: header | root directory | metadata | leaf directories | tile data. Tiles are stored in tile-id order
// (a "clustered" archive), identical tiles once, and consecutive ids with the same bytes as one run. Internal
// compression is none: the directories of the archives this project writes are a few kilobytes, and leaving
// gzip out keeps the output free of gzip's timestamp and byte-identical from run to run.

import { zxyToTileId } from 'pmtiles';

export const HEADER_BYTES = 127;
/** A reader fetches the first 16 KiB at once: header and root directory must fit in it. */
const ROOT_BUDGET = 16384 - HEADER_BYTES;
const LEAF_ENTRIES = 4096;

/** Compression codes of the v3 header. */
export const COMPRESSION = /** @type {const} */ ({ unknown: 0, none: 1, gzip: 2, brotli: 3, zstd: 4 });
/** Tile type codes of the v3 header. */
export const TILE_TYPE = /** @type {const} */ ({ unknown: 0, mvt: 1, png: 2, jpeg: 3, webp: 4, avif: 5 });

/**
 * @typedef {{ z: number; x: number; y: number; data: Uint8Array }} Tile
 * @typedef {{ tileId: number; offset: number; length: number; runLength: number }} Entry
 * @typedef {{
 *   tileType: number;
 *   tileCompression?: number;
 *   bounds: [number, number, number, number];
 *   center?: [number, number, number];
 *   metadata?: Record<string, unknown>;
 * }} ArchiveOptions
 */

/**
 * @param {number[]} out
 * @param {number} value non-negative integer below 2^53
 */
function pushVarint(out, value) {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint out of range: ${value}`);
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/**
 * The v3 directory encoding: count, then each column (id deltas, run lengths, lengths, offsets) as varints.
 * An offset is written as 0 when it follows the previous entry's bytes directly, else as offset + 1.
 * @param {Entry[]} entries sorted by tileId
 * @returns {Uint8Array<ArrayBuffer>}
 */
export function serializeDirectory(entries) {
  /** @type {number[]} */
  const out = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    pushVarint(out, prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

/**
 * @param {DataView} view
 * @param {number} at
 * @param {number} value
 */
function setUint64(view, at, value) {
  view.setUint32(at, value % 2 ** 32, true);
  view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
}

/** @param {number} degrees */
const e7 = (degrees) => Math.round(degrees * 1e7);

/**
 * @param {Uint8Array} a
 * @param {Uint8Array} b
 */
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A cheap content key for de-duplication; equal keys are confirmed byte for byte.
 * @param {Uint8Array} data
 */
function contentKey(data) {
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ (data[i] ?? 0), 0x01000193);
  return `${data.length}:${h >>> 0}`;
}

/**
 * Splits entries into a root directory that fits the first 16 KiB, with leaf directories when needed.
 * @param {Entry[]} entries
 * @returns {{ root: Uint8Array; leaves: Uint8Array }}
 */
function directories(entries) {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_BUDGET) return { root, leaves: new Uint8Array(0) };
  /** @type {Entry[]} */
  const rootEntries = [];
  /** @type {Uint8Array[]} */
  const leafBytes = [];
  let offset = 0;
  for (let i = 0; i < entries.length; i += LEAF_ENTRIES) {
    const chunk = entries.slice(i, i + LEAF_ENTRIES);
    const bytes = serializeDirectory(chunk);
    // runLength 0 marks an entry that points at a leaf directory rather than at tile bytes.
    rootEntries.push({
      tileId: /** @type {Entry} */ (chunk[0]).tileId,
      offset,
      length: bytes.length,
      runLength: 0,
    });
    leafBytes.push(bytes);
    offset += bytes.length;
  }
  const rootBytes = serializeDirectory(rootEntries);
  if (rootBytes.length > ROOT_BUDGET)
    throw new Error(`too many tiles for one level of leaves: ${entries.length}`);
  return { root: rootBytes, leaves: concat(leafBytes) };
}

/**
 * @param {Uint8Array[]} parts
 * @returns {Uint8Array<ArrayBuffer>}
 */
function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Writes a PMTiles v3 archive. Same tiles and options give the same bytes.
 * @param {Tile[]} tiles any order; a z/x/y given twice is an error
 * @param {ArchiveOptions} options
 * @returns {Uint8Array<ArrayBuffer>}
 */
export function writePmtiles(tiles, options) {
  if (tiles.length === 0) throw new Error('a PMTiles archive needs at least one tile');
  const byId = tiles
    .map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  /** @type {Entry[]} */
  const entries = [];
  /** @type {Uint8Array[]} */
  const contents = [];
  /** @type {Map<string, { offset: number; data: Uint8Array }[]>} */
  const seen = new Map();
  let dataLength = 0;
  for (const [i, t] of byId.entries()) {
    const prev = byId[i - 1];
    if (prev && prev.tileId === t.tileId) throw new Error(`tile ${t.z}/${t.x}/${t.y} given twice`);
    const key = contentKey(t.data);
    const bucket = seen.get(key) ?? [];
    let stored = bucket.find((s) => sameBytes(s.data, t.data));
    if (!stored) {
      stored = { offset: dataLength, data: t.data };
      bucket.push(stored);
      seen.set(key, bucket);
      contents.push(t.data);
      dataLength += t.data.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === stored.offset && last.tileId + last.runLength === t.tileId) {
      last.runLength += 1;
    } else {
      entries.push({ tileId: t.tileId, offset: stored.offset, length: t.data.length, runLength: 1 });
    }
  }

  const { root, leaves } = directories(entries);
  const metadata = new TextEncoder().encode(JSON.stringify(options.metadata ?? {}));
  const zooms = byId.map((t) => t.z);
  const minZoom = Math.min(...zooms);
  const maxZoom = Math.max(...zooms);
  const [west, south, east, north] = options.bounds;
  const center = options.center ?? [(west + east) / 2, (south + north) / 2, minZoom];

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;

  const header = new Uint8Array(HEADER_BYTES);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  const view = new DataView(header.buffer);
  view.setUint8(7, 3);
  setUint64(view, 8, rootOffset);
  setUint64(view, 16, root.length);
  setUint64(view, 24, metadataOffset);
  setUint64(view, 32, metadata.length);
  setUint64(view, 40, leavesOffset);
  setUint64(view, 48, leaves.length);
  setUint64(view, 56, dataOffset);
  setUint64(view, 64, dataLength);
  setUint64(view, 72, byId.length);
  setUint64(view, 80, entries.length);
  setUint64(view, 88, contents.length);
  view.setUint8(96, 1); // clustered: contents are laid out in tile-id order of first use
  view.setUint8(97, COMPRESSION.none);
  view.setUint8(98, options.tileCompression ?? COMPRESSION.none);
  view.setUint8(99, options.tileType);
  view.setUint8(100, minZoom);
  view.setUint8(101, maxZoom);
  view.setInt32(102, e7(west), true);
  view.setInt32(106, e7(south), true);
  view.setInt32(110, e7(east), true);
  view.setInt32(114, e7(north), true);
  view.setUint8(118, center[2]);
  view.setInt32(119, e7(center[0]), true);
  view.setInt32(123, e7(center[1]), true);

  return concat([header, root, metadata, leaves, ...contents]);
}
