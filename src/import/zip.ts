import { Inflate } from 'fflate';
import { describeValue, expected, type LoadError } from '../scenario/load-error';
import { RATIO_MIN_BYTES, type Limits } from './limits';
import { formatBytes } from './text';
import { pair, ui } from '../i18n/strings';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, never absolute and never with `..`. */
  name: string;
  bytes: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes fed to the inflater at a time: at deflate's ~1032:1 worst case, ≤ 17 MB out per step. */
const SLICE = 16_384;

const u16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

function findEnd(data: Uint8Array): number {
  for (let i = data.length - 22; i >= 0 && i >= data.length - 22 - 0xffff; i--) {
    if (u32(data, i) === EOCD) return i;
  }
  return -1;
}

type Expected = [en: string, fr: string, frValue?: string];

/** Why a path must not be used, or undefined when it is a plain relative path. */
function unsafePath(name: string): Expected | undefined {
  if (name.includes('\0')) return pair('expectPathWithoutNulCharacters');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return pair('expectRelativePathInsideArchive');
  if (name.split('/').includes('..')) return pair('expectPathThatStaysInside');
  return undefined;
}

/** macOS and Windows leave these in zips; they are never part of a scenario. */
const isJunk = (name: string) =>
  name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)(\.[^/]*|Thumbs\.db)$/.test(name);

/** Inflates at most `cap` bytes: returns undefined as soon as the output would pass it. */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= cap) chunks.push(chunk);
  });
  for (let i = 0; size <= cap; i += SLICE) {
    const end = i + SLICE >= data.length;
    inflater.push(data.subarray(i, i + SLICE), end);
    if (end) break;
  }
  if (size > cap) return undefined;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
}

/**
 * Reads a zip archive in memory, refusing zip bombs: declared sizes and ratios are checked before any
 * inflating, and inflating stops at the declared size, so a header that lies costs at most that much.
 * Any unsafe entry rejects the whole archive: an archive that tries it is not trusted for the rest.
 */
export function readZip(
  file: string,
  data: Uint8Array,
  limits: Limits,
): { entries: ZipEntry[]; errors?: undefined } | { entries?: undefined; errors: LoadError[] } {
  /** `frValue` (in `expected`, or after `value`) words the value in French where it is words of ours. */
  const fail = (field: string, value: unknown, ...rest: [Expected] | [string, Expected]) => {
    const [frWords, [en, fr, frValue]] = rest.length === 1 ? [undefined, rest[0]] : rest;
    return failed(field, value, [en, fr, frWords ?? frValue]);
  };
  const failed = (field: string, value: unknown, [en, fr, frValue]: Expected) => ({
    errors: [
      {
        file,
        field,
        value: typeof value === 'string' ? value : describeValue(value),
        ...expected(en, fr, frValue),
      },
    ],
  });
  const end = findEnd(data);
  if (end < 0)
    return fail('', formatBytes(data.length), [
      ...pair('expectZipArchiveNoEnd'),
      formatBytes(data.length, 'fr'),
    ]);
  const count = u16(data, end + 10);
  let p = u32(data, end + 16);
  if (count === 0xffff || p === 0xffffffff) return fail('', 'zip64', pair('expectZipArchiveUnderGb'));
  if (count > limits.zipEntries)
    return fail('', ...pair('zipValueEntries', { count }), [
      ...pair('expectMostEntriesZip', { zipEntries: limits.zipEntries }),
    ]);

  const entries: ZipEntry[] = [];
  let declaredTotal = 0;
  for (let n = 0; n < count; n++) {
    if (u32(data, p) !== CENTRAL)
      return fail('', ...pair('zipValueEntry', { n: n + 1 }), pair('expectIntactZipCentralDirectory'));
    const flags = u16(data, p + 8);
    const method = u16(data, p + 10);
    const packed = u32(data, p + 20);
    const size = u32(data, p + 24);
    const nameLen = u16(data, p + 28);
    const local = u32(data, p + 42);
    const rawName = new TextDecoder().decode(data.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + u16(data, p + 30) + u16(data, p + 32);
    const name = rawName.replace(/\\/g, '/');
    const unsafe = unsafePath(name);
    if (unsafe) return fail(rawName.slice(0, 200), describeValue(rawName), unsafe);
    if (isJunk(name)) continue;
    if (flags & 1) return fail(name, ...pair('zipValueEncrypted'), pair('expectEntryWithoutPassword'));
    if (size > limits.fileBytes)
      return fail(name, formatBytes(size), [
        ...pair(
          'expectEntryMostUncompressedPer',
          { fileBytes: formatBytes(limits.fileBytes) },
          { fileBytes: formatBytes(limits.fileBytes, 'fr') },
        ),
        formatBytes(size, 'fr'),
      ]);
    declaredTotal += size;
    if (declaredTotal > limits.totalBytes)
      return fail(name, formatBytes(declaredTotal), [
        ...pair(
          'expectMostUncompressedAllTotal',
          { totalBytes: formatBytes(limits.totalBytes) },
          { totalBytes: formatBytes(limits.totalBytes, 'fr') },
        ),
        formatBytes(declaredTotal, 'fr'),
      ]);
    if (size > RATIO_MIN_BYTES && size > packed * limits.zipRatio)
      return fail(name, `${Math.round(size / Math.max(packed, 1))}:1`, [
        ...pair('expectCompressionRatioMostThis', { zipRatio: limits.zipRatio }),
      ]);
    if (u32(data, local) !== LOCAL)
      return fail(name, ...pair('zipValueOffset', { local }), pair('expectIntactZipLocalHeader'));
    const start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
    if (start + packed > data.length)
      return fail(name, formatBytes(packed), [
        ...pair('expectEntryInsideArchiveTruncated'),
        formatBytes(packed, 'fr'),
      ]);
    const body = data.subarray(start, start + packed);
    let bytes: Uint8Array | undefined;
    if (method === 0) bytes = body.slice();
    else if (method === 8) {
      try {
        bytes = inflateCapped(body, size);
      } catch (e) {
        return fail(name, (e as Error).message, pair('expectEntryThatInflatesCleanly'));
      }
    } else return fail(name, ...pair('zipValueMethod', { method }), pair('expectEntryStoredDeflatedUsual'));
    if (bytes === undefined || bytes.length !== size)
      return fail(
        name,
        bytes ? formatBytes(bytes.length) : ui('en', 'zipValueMoreThan', { size: formatBytes(size) }),
        [
          ...pair(
            'expectExactlyHeaderDeclaresZip',
            { size: formatBytes(size) },
            { size: formatBytes(size, 'fr') },
          ),
          bytes
            ? formatBytes(bytes.length, 'fr')
            : ui('fr', 'zipValueMoreThan', { size: formatBytes(size, 'fr') }),
        ],
      );
    entries.push({ name, bytes });
  }
  return { entries };
}
