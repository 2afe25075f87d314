// Reads a gettext catalogue (.mo): Debian's libgeonames-common ships GeoNames' French names of the world's
// larger towns as one, keyed by GeoNames id (/usr/share/locale/fr/LC_MESSAGES/geonames.mo), the only source of
// French town names any package here installs. The format: a magic number (its byte order gives the file's),
// a revision, the string count, then the offsets of two tables of (length u32, offset u32) pairs, the
// original strings and their translations.

const MAGIC = 0x950412de;

/**
 * @param {Uint8Array} bytes a whole .mo file
 * @returns {Map<string, string>} each original string to its translation (the header entry left out)
 */
export function parseMo(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = view.getUint32(0, true) === MAGIC;
  if (!little && view.getUint32(0, false) !== MAGIC) throw new Error('not a gettext .mo catalogue');
  const u32 = (/** @type {number} */ at) => view.getUint32(at, little);
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = (/** @type {number} */ table, /** @type {number} */ i) => {
    const length = u32(table + 8 * i);
    const offset = u32(table + 8 * i + 4);
    return decoder.decode(bytes.subarray(offset, offset + length));
  };
  /** @type {Map<string, string>} */
  const out = new Map();
  for (let i = 0; i < count; i++) {
    const key = text(originals, i);
    if (key !== '') out.set(key, text(translations, i));
  }
  return out;
}
