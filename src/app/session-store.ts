import type { IDBPDatabase } from 'idb';
import type { ScenarioFiles } from '../scenario/load';
import { lazyFiles, packedSource, type PackedFiles } from '../import/packed-files';

// The last scenario opened from disk, kept in IndexedDB (its files as loaded) so the next visit opens on it.
// `idb` is loaded on first use, as for the user's basemap.

const DB = 'sandtable-session';
const STORE = 'scenario';
const CURRENT = 'current';

export interface StoredScenario {
  name: string;
  files: ScenarioFiles;
}

/**
 * As kept: an import's files as the UTF-8 bytes they came from the worker in (`packed`): storing 25 MB of
 * text as strings cloned them on the page's thread for half a second, a byte array is copied at once.
 */
type StoredRecord = { name: string } & ({ files: ScenarioFiles } | { packed: PackedFiles });

let db: Promise<IDBPDatabase> | undefined;

function open(): Promise<IDBPDatabase> {
  db ??= import('idb').then(({ openDB }) =>
    openDB(DB, 1, {
      upgrade: (database) => {
        database.createObjectStore(STORE);
      },
    }),
  );
  return db;
}

export async function saveImportedScenario(record: StoredScenario): Promise<void> {
  const packed = packedSource(record.files);
  const stored: StoredRecord = packed ? { name: record.name, packed } : record;
  await (await open()).put(STORE, stored, CURRENT);
}

export async function loadImportedScenario(): Promise<StoredScenario | undefined> {
  const record = (await (await open()).get(STORE, CURRENT)) as Partial<StoredRecord> | undefined;
  if (!record || typeof record.name !== 'string') return undefined;
  if ('packed' in record && record.packed?.bytes instanceof Uint8Array)
    return { name: record.name, files: lazyFiles(record.packed) };
  return 'files' in record && typeof record.files === 'object'
    ? { name: record.name, files: record.files }
    : undefined;
}
