import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { forgetUserBasemap, loadUserBasemap, saveUserBasemap } from './basemap-store';

describe('basemap store', () => {
  it('remembers the chosen file for the next session, and forgets it on request', async () => {
    expect(await loadUserBasemap()).toBeUndefined();
    const bytes = Uint8Array.from([0x50, 0x4d, 1, 2, 3]);
    await saveUserBasemap(new Blob([bytes]), 'sahel.pmtiles');
    const stored = await loadUserBasemap();
    expect(stored?.name).toBe('sahel.pmtiles');
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(bytes);
    expect(stored!.savedAt).toBeGreaterThan(0);

    await saveUserBasemap(new Blob([Uint8Array.of(9)]), 'other.pmtiles');
    expect((await loadUserBasemap())?.name).toBe('other.pmtiles');

    await forgetUserBasemap();
    expect(await loadUserBasemap()).toBeUndefined();
  });
});
