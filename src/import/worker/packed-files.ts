/** A scenario folder's texts as one run of UTF-8 bytes, to move between threads rather than copy. */
export interface PackedFiles {
  names: string[];
  /** Where each file's bytes end in `bytes`. */
  ends: number[];
  bytes: Uint8Array<ArrayBuffer>;
}

export function packFiles(files: Readonly<Record<string, string>>): PackedFiles {
  const encoder = new TextEncoder();
  const names = Object.keys(files);
  const parts = names.map((n) => encoder.encode(files[n]));
  const ends: number[] = [];
  let total = 0;
  for (const p of parts) ends.push((total += p.length));
  const bytes = new Uint8Array(total);
  parts.forEach((p, i) => bytes.set(p, (ends[i] as number) - p.length));
  return { names, ends, bytes };
}

const sources = new WeakMap<object, PackedFiles>();

/**
 * The bytes a record of `lazyFiles` reads from, so it can be stored as they are (a clone of one byte array)
 * rather than decoded and its strings cloned: undefined for any other record.
 */
export function packedSource(files: object): PackedFiles | undefined {
  return sources.get(files);
}

/**
 * The texts back as a plain-looking record whose values are decoded on first read: a 50 MB import is
 * only decoded if the scenario is exported, and then file by file.
 */
export function lazyFiles(packed: PackedFiles): Record<string, string> {
  const out: Record<string, string> = {};
  sources.set(out, packed);
  const decoder = new TextDecoder();
  packed.names.forEach((name, i) => {
    let text: string | undefined;
    Object.defineProperty(out, name, {
      enumerable: true,
      get: () => (text ??= decoder.decode(packed.bytes.subarray(packed.ends[i - 1] ?? 0, packed.ends[i]))),
    });
  });
  return out;
}
