import type { IDBPDatabase } from 'idb';
import type { ScenarioFiles } from '../scenario/load';

// The last scenario opened from disk, kept in IndexedDB (its files as loaded) so the next visit opens on it.
// `idb` is loaded on first use, as for the user's basemap.

const DB = 'sandtable-session';
const STORE = 'scenario';
const CURRENT = 'current';

export interface StoredScenario {
  name: string;
  files: ScenarioFiles;
}

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
  await (await open()).put(STORE, record, CURRENT);
}

export async function loadImportedScenario(): Promise<StoredScenario | undefined> {
  const record = (await (await open()).get(STORE, CURRENT)) as StoredScenario | undefined;
  return record && typeof record.files === 'object' ? record : undefined;
}
