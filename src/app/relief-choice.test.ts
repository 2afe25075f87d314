import { describe, expect, it } from 'vitest';
import { RELIEF_KEY, rememberedRelief, rememberRelief } from './relief-choice';

describe('relief choice', () => {
  it('is on until switched off, and remembered', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(rememberedRelief(storage)).toBe(true);
    rememberRelief(storage, false);
    expect(store.get(RELIEF_KEY)).toBe('off');
    expect(rememberedRelief(storage)).toBe(false);
    rememberRelief(storage, true);
    expect(rememberedRelief(storage)).toBe(true);
  });

  it('survives a storage that throws', () => {
    const tried: [string, string][] = [];
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: (k: string, v: string) => {
        tried.push([k, v]);
        throw new Error('quota');
      },
    };
    expect(rememberedRelief(broken)).toBe(true);
    // The write is tried, and its failure swallowed: the call returns as usual.
    expect(rememberRelief(broken, false)).toBeUndefined();
    expect(tried).toEqual([[RELIEF_KEY, 'off']]);
  });
});
