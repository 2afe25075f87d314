import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Autosaver, DraftStore, type DraftRecord } from './draft-store';
import { emptyHistory } from './history';

const record = (id: string, title: string, updated: number): DraftRecord => ({
  id,
  title,
  updated,
  doc: { manifest: { id }, entries: [], extra: {} },
  history: emptyHistory(),
});

describe('the draft store', () => {
  it('lists drafts newest first, reads, overwrites and deletes them', async () => {
    const store = await DraftStore.open();
    await store.put(record('a', 'A', 1));
    await store.put(record('b', 'B', 2));
    expect(await store.list()).toEqual([
      { id: 'b', title: 'B', updated: 2 },
      { id: 'a', title: 'A', updated: 1 },
    ]);
    await store.put(record('a', 'A2', 3));
    expect((await store.get('a'))?.title).toBe('A2');
    await store.delete('a');
    expect((await store.list()).map((d) => d.id)).toEqual(['b']);
    store.close();
  });

  it('autosaves every change, one write at a time, ending on the newest', async () => {
    const store = await DraftStore.open();
    const saver = new Autosaver(store);
    for (let i = 0; i < 20; i++) saver.save(record('c', `C${i}`, i));
    await saver.idle();
    expect((await store.get('c'))?.title).toBe('C19');
    store.close();
  });

  it('reports a failed write and goes on with the next', async () => {
    const store = await DraftStore.open();
    const saver = new Autosaver(store);
    const statuses: unknown[] = [];
    saver.onstatus = (e) => statuses.push(e);
    saver.save({ ...record('d', 'D', 1), doc: { fn: () => 1 } as never });
    await saver.idle();
    saver.save(record('d', 'D', 2));
    await saver.idle();
    expect(statuses[0]).toBeInstanceOf(Error);
    expect(statuses.at(-1)).toBeUndefined();
    expect((await store.get('d'))?.updated).toBe(2);
    store.close();
  });
});
