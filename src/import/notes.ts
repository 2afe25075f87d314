import type { NoteKey } from '../i18n/tables/import';

/**
 * Something that loaded, but not quite as the file said: a time zone assumed, a track simplified, a
 * property of another tool kept aside. Written in the UI's language from `key` and `values` (see
 * i18n/tables/import.ts), so the importer itself, which runs in a worker, holds no text.
 */
export interface ImportNote {
  /** The input file it is about. */
  file: string;
  /** The feature it is about, or the first of several. */
  feature?: string;
  key: NoteKey;
  /** The note's placeholders; `count` is filled in from how many times it was added. */
  values: Record<string, string | number>;
  /** How many features or values it covers. */
  count: number;
}

/**
 * Collects notes, one per file, kind and `group`: a file with 3,000 GDAL times gets one note saying 3,000
 * with the first as its example, not 3,000 notes.
 */
export class NoteList {
  private readonly byKey = new Map<string, ImportNote>();

  add(
    file: string,
    key: NoteKey,
    values: Record<string, string | number> = {},
    options: { feature?: string; group?: string; count?: number } = {},
  ): void {
    const k = `${file}\u0000${key}\u0000${options.group ?? ''}`;
    const existing = this.byKey.get(k);
    const count = options.count ?? 1;
    if (existing) existing.count += count;
    else
      this.byKey.set(k, {
        file,
        key,
        values,
        count,
        ...(options.feature ? { feature: options.feature } : {}),
      });
  }

  get list(): ImportNote[] {
    return [...this.byKey.values()];
  }
}
