import type { IDBPDatabase } from 'idb';

// One record kept in IndexedDB from one visit to the next (the user's basemap, the scenario they had open),
// in a database of its own under a fixed key. `idb` is loaded on first use: a visit that never stores
// anything never loads it.

/** The one record of a database: saved over, read back (or undefined when absent or not of its shape), forgotten. */
export interface Remembered<T> {
  save(record: T): Promise<void>;
  load(): Promise<T | undefined>;
  forget(): Promise<void>;
}

const KEY = 'current';

/** The record kept in database `name`, object store `store`; `valid` rejects a record of an older shape. */
export function remembered<T>(name: string, store: string, valid: (record: T) => boolean): Remembered<T> {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () =>
    (db ??= import('idb').then(({ openDB }) =>
      openDB(name, 1, {
        upgrade: (database) => {
          database.createObjectStore(store);
        },
      }),
    ));
  return {
    async save(record) {
      await (await open()).put(store, record, KEY);
    },
    async load() {
      const record = (await (await open()).get(store, KEY)) as T | undefined;
      return record && valid(record) ? record : undefined;
    },
    async forget() {
      await (await open()).delete(store, KEY);
    },
  };
}
