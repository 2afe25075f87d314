import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { remembered } from './remembered';

describe('remembered', () => {
  it('keeps one record per database, saved over, read back, forgotten', async () => {
    const a = remembered<{ n: number }>('test-a', 'things', (r) => typeof r.n === 'number');
    const b = remembered<{ n: number }>('test-b', 'things', (r) => typeof r.n === 'number');
    expect(await a.load()).toBeUndefined();
    await a.save({ n: 1 });
    await a.save({ n: 2 });
    await b.save({ n: 9 });
    expect(await a.load()).toEqual({ n: 2 });
    expect(await b.load()).toEqual({ n: 9 });
    await a.forget();
    expect(await a.load()).toBeUndefined();
    expect(await b.load()).toEqual({ n: 9 });
  });

  it('reads a record of another shape as absent', async () => {
    const loose = remembered<unknown>('test-c', 'things', () => true);
    await loose.save({ old: true });
    const strict = remembered<{ n: number }>('test-c', 'things', (r) => typeof r.n === 'number');
    expect(await strict.load()).toBeUndefined();
  });
});
