import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DraftDoc } from './draft-doc';
import type { History } from './history';
import type { Camera } from '../../model/camera';

/** A draft as kept in IndexedDB: the scenario, its undo history, and where the user was. */
export interface DraftRecord {
  id: string;
  title: string;
  /** Wall-clock time of the last change, for the list of drafts only (never drawn on the map). */
  updated: number;
  doc: DraftDoc;
  history: History;
  /** The feature selected, the time and the camera when the draft was last saved: where to reopen it. */
  selected?: string;
  t?: number;
  camera?: Camera;
}

export type DraftSummary = Pick<DraftRecord, 'id' | 'title' | 'updated'>;

interface Schema extends DBSchema {
  drafts: { key: string; value: DraftRecord };
}

export const DB_NAME = 'sandtable-editor';

/** The drafts in IndexedDB. Every method rejects with the browser's own error when storage fails. */
export class DraftStore {
  #db: IDBPDatabase<Schema>;

  private constructor(db: IDBPDatabase<Schema>) {
    this.#db = db;
  }

  static async open(): Promise<DraftStore> {
    const db = await openDB<Schema>(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('drafts', { keyPath: 'id' });
      },
    });
    return new DraftStore(db);
  }

  async list(): Promise<DraftSummary[]> {
    const all = await this.#db.getAll('drafts');
    return all
      .map(({ id, title, updated }) => ({ id, title, updated }))
      .sort((a, b) => b.updated - a.updated);
  }

  get(id: string): Promise<DraftRecord | undefined> {
    return this.#db.get('drafts', id);
  }

  async put(record: DraftRecord): Promise<void> {
    await this.#db.put('drafts', record);
  }

  async delete(id: string): Promise<void> {
    await this.#db.delete('drafts', id);
  }

  close(): void {
    this.#db.close();
  }
}

/**
 * Writes each change as it happens, one write at a time: a change made while a write is running is written
 * right after it (only the newest state, since it includes the ones before). So at most the change being
 * made when the tab dies is lost.
 */
export class Autosaver {
  #store: DraftStore;
  #pending: DraftRecord | undefined;
  #running: Promise<void> | undefined;
  /** Called with the error when a write fails (quota, private mode), and with undefined once one succeeds. */
  onstatus: (error: unknown) => void = () => {};

  constructor(store: DraftStore) {
    this.#store = store;
  }

  save(record: DraftRecord): void {
    this.#pending = record;
    this.#running ??= this.#drain();
  }

  /** Resolves once everything asked for so far is written (or has failed). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#pending) {
        const record = this.#pending;
        this.#pending = undefined;
        try {
          await this.#store.put(record);
          this.onstatus(undefined);
        } catch (e) {
          this.onstatus(e);
        }
      }
    } finally {
      this.#running = undefined;
    }
  }
}
