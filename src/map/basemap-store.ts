import type { IDBPDatabase } from 'idb';

// The basemap a user opened, kept in IndexedDB (the file's bytes as a Blob, which the browser keeps on disk)
// so the next session opens on it. `idb` is loaded on first use: the built-in basemap never needs it.

const DB = 'sandtable-basemap';
const STORE = 'basemap';
const CURRENT = 'current';

export interface StoredBasemap {
  name: string;
  blob: Blob;
  /** Epoch ms when it was chosen. */
  savedAt: number;
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

/** Remembers this file as the basemap for the next session (replacing any other). */
export async function saveUserBasemap(blob: Blob, name: string): Promise<void> {
  const record: StoredBasemap = { name, blob, savedAt: Date.now() };
  await (await open()).put(STORE, record, CURRENT);
}

/** The basemap remembered from an earlier session, if any. */
export async function loadUserBasemap(): Promise<StoredBasemap | undefined> {
  const record = (await (await open()).get(STORE, CURRENT)) as StoredBasemap | undefined;
  return record && record.blob instanceof Blob ? record : undefined;
}

/** Back to the built-in basemap: forgets the stored file. */
export async function forgetUserBasemap(): Promise<void> {
  await (await open()).delete(STORE, CURRENT);
}
