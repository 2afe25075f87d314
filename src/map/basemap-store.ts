import { remembered } from '../model/remembered';

// The basemap a user opened, kept in IndexedDB (the file's bytes as a Blob, which the browser keeps on disk)
// so the next session opens on it. The built-in basemap never needs the store.

export interface StoredBasemap {
  name: string;
  blob: Blob;
  /** Epoch ms when it was chosen. */
  savedAt: number;
}

const basemap = remembered<StoredBasemap>('sandtable-basemap', 'basemap', (r) => r.blob instanceof Blob);

/** Remembers this file as the basemap for the next session (replacing any other). */
export async function saveUserBasemap(blob: Blob, name: string): Promise<void> {
  await basemap.save({ name, blob, savedAt: Date.now() });
}

/** The basemap remembered from an earlier session, if any. */
export async function loadUserBasemap(): Promise<StoredBasemap | undefined> {
  return basemap.load();
}

/** Back to the built-in basemap: forgets the stored file. */
export async function forgetUserBasemap(): Promise<void> {
  await basemap.forget();
}
