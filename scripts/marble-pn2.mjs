// Reads the Natural Earth layers KDE Marble ships in its own compact format (.pn2, Debian's marble-qt-data,
// /usr/share/marble/data/naturalearth): the only Natural Earth lakes, rivers and first-order administrative
// lines any package here installs. The format (version 2, big-endian as Qt writes it): a header (version u8,
// record count u32, colour-index flag u8), then records of flag u8 (0 line, 1 ring, 2 outer, 3 inner,
// 4 multi-geometry) and placemark id u32; a new id is followed by a colour index u8 when the flag is set; a
// multi-geometry holds a count u8 of (flag u8, id u32, node count u32, nodes); other records a node count u32
// and their nodes. A node is lat i16, lon i16 in half arc-minutes and a count i16 of following nodes given as
// i8 offsets from it. Geometry only: the layers carry no names.

import { readFileSync } from 'node:fs';

/** Marble's Natural Earth folder (marble-qt-data). */
export const MARBLE_NATURAL_EARTH = '/usr/share/marble/data/naturalearth';

const FLAG = /** @type {const} */ ({ line: 0, ring: 1, outer: 2, inner: 3, multi: 4 });

/** @typedef {[number, number]} Position lon, lat */
/** @typedef {{ id: number; lines: Position[][]; polygons: Position[][][] }} Pn2Placemark */

/**
 * @param {Uint8Array} bytes a whole .pn2 file
 * @returns {Pn2Placemark[]} in file order, one per placemark id
 */
export function parsePn2(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const u8 = () => view.getUint8(at++);
  const u32 = () => ((at += 4), view.getUint32(at - 4));
  const i16 = () => ((at += 2), view.getInt16(at - 2));
  const i8 = () => view.getInt8(at++);
  const version = u8();
  if (version !== 2) throw new Error(`.pn2 version ${version}: only version 2 is read`);
  const records = u32();
  const colourIndex = u8() !== 0;

  /** @param {number} count */
  const nodes = (count) => {
    /** @type {Position[]} */
    const out = [];
    for (let n = 0; n < count; n++) {
      const lat = i16();
      const lon = i16();
      const relative = i16();
      if (Math.abs(lat) > 10800 || Math.abs(lon) > 21600) throw new Error(`.pn2 node out of range at ${at}`);
      out.push([lon / 120, lat / 120]);
      for (let r = 0; r < relative; r++) {
        const dLat = i8();
        const dLon = i8();
        out.push([(lon + dLon) / 120, (lat + dLat) / 120]);
      }
    }
    return out;
  };

  /** @type {Pn2Placemark[]} */
  const placemarks = [];
  /** @type {Pn2Placemark | undefined} */
  let current;
  /**
   * @param {number} flag
   * @param {Position[]} points
   */
  const add = (flag, points) => {
    if (!current) return;
    if (flag === FLAG.line || flag === FLAG.ring) current.lines.push(points);
    else if (flag === FLAG.outer) current.polygons.push([points]);
    else if (flag === FLAG.inner) current.polygons[current.polygons.length - 1]?.push(points);
  };
  for (let r = 0; r < records && at < bytes.length; r++) {
    const flag = u8();
    const id = u32();
    if (id !== current?.id) {
      if (colourIndex) u8();
      current = { id, lines: [], polygons: [] };
      placemarks.push(current);
    }
    if (flag !== FLAG.multi) {
      add(flag, nodes(u32()));
      continue;
    }
    const size = u8();
    for (let k = 0; k < size; k++) {
      const inner = u8();
      u32();
      add(inner, nodes(u32()));
    }
  }
  return placemarks;
}

/**
 * One of Marble's Natural Earth layers by name, e.g. 'ne_50m_lakes'.
 * @param {string} layer
 * @param {string} [dir]
 */
export function readMarbleLayer(layer, dir = MARBLE_NATURAL_EARTH) {
  return parsePn2(new Uint8Array(readFileSync(`${dir}/${layer}.pn2`)));
}
