import { describe, expect, it } from 'vitest';
import { rememberedLegendForm, rememberLegendForm, toggledLegendForm } from './legend-form';

describe('legend form', () => {
  it('is remembered per screen size, and auto where nothing was chosen', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(rememberedLegendForm(storage, 1024, 768)).toBe('auto');
    rememberLegendForm(storage, 1024, 768, 'collapsed');
    expect(rememberedLegendForm(storage, 1024, 768)).toBe('collapsed');
    expect(rememberedLegendForm(storage, 1920, 1080)).toBe('auto');
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
    expect(rememberedLegendForm(broken, 800, 600)).toBe('auto');
    // The write is tried with the screen's key, and its failure swallowed: the call returns as usual.
    expect(rememberLegendForm(broken, 800, 600, 'expanded')).toBeUndefined();
    expect(tried).toEqual([['sandtable.legend.800x600', 'expanded']]);
  });

  it('toggles to the other form from the one shown', () => {
    expect(toggledLegendForm('expanded')).toBe('collapsed');
    expect(toggledLegendForm('collapsed')).toBe('expanded');
  });
});
