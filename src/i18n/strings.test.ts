import { describe, expect, it } from 'vitest';
import { initialLang, LANG_KEY, rememberLang, STRINGS, ui } from './strings';

describe('UI strings', () => {
  it('has the names the tests and screen readers use, in both languages', () => {
    expect(ui('en', 'scenarioTime')).toBe('Scenario time');
    expect(ui('fr', 'play')).toBe('Lecture');
    expect(ui('fr', 'chapterOf', { n: 3, total: 8 })).toBe('Chapitre 3 sur 8');
  });

  it('has every key in every language, none empty, and the same placeholders in each', () => {
    const keys = Object.keys(STRINGS.en);
    expect(keys.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(STRINGS.fr).sort()).toEqual([...keys].sort());
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys as (keyof typeof STRINGS.en)[]) {
      expect(STRINGS.en[key].trim(), key).not.toBe('');
      expect(typeof STRINGS.fr[key], key).toBe('string');
      expect(STRINGS.fr[key].trim(), key).not.toBe('');
      expect(holes(STRINGS.fr[key]), key).toEqual(holes(STRINGS.en[key]));
    }
    // A few words read the same in both (Pause, Sources, Portrait); a table left in English does not.
    const untranslated = keys.filter(
      (k) => STRINGS.fr[k as keyof typeof STRINGS.en] === STRINGS.en[k as keyof typeof STRINGS.en],
    );
    expect(untranslated.length / keys.length).toBeLessThan(0.1);
  });

  it('opens in the query language, else the remembered one, else English', () => {
    expect(initialLang('fr', 'en')).toBe('fr');
    expect(initialLang(null, 'fr')).toBe('fr');
    expect(initialLang('de', null)).toBe('en');
  });

  it('remembers the language and survives a storage that throws', () => {
    const store = new Map<string, string>();
    rememberLang('fr', { setItem: (k, v) => store.set(k, v) });
    expect(store.get(LANG_KEY)).toBe('fr');
    const tried: [string, string][] = [];
    const full = {
      setItem: (k: string, v: string) => {
        tried.push([k, v]);
        throw new Error('quota');
      },
    };
    // The write is tried, and its failure swallowed: the call returns as usual.
    expect(rememberLang('en', full)).toBeUndefined();
    expect(tried).toEqual([[LANG_KEY, 'en']]);
  });
});
