import { describe, expect, it } from 'vitest';
import { readLastOpen, startLink, writeLastOpen, LAST_OPEN_KEY } from './last-open';

const range = { start: Date.parse('2026-03-01T00:00Z'), end: Date.parse('2026-03-08T00:00Z') };
const view = { center: [1, 18] as [number, number], zoom: 7, bearing: 0, pitch: 0 };
const remembered = { t: Date.parse('2026-03-03T12:00Z'), view };

describe('where the page opens', () => {
  it('on the address’s own link when it has one', () => {
    const link = { t: Date.parse('2026-03-05T06:00Z') };
    expect(startLink(link, remembered, range)).toEqual({ link });
    expect(startLink({ chapter: 'c2' }, remembered, range)).toEqual({ link: { chapter: 'c2' } });
  });

  it('on the moment remembered when the address has none', () => {
    expect(startLink({}, remembered, range)).toEqual({ link: remembered });
    expect(startLink({}, undefined, range)).toEqual({ link: {} });
  });

  it('ignores a link’s time outside the scenario, says so, and does not clamp it', () => {
    const outside = Date.parse('2023-11-26T00:00Z');
    expect(startLink({ t: outside }, remembered, range)).toEqual({ link: remembered, ignored: outside });
    expect(startLink({ t: outside, view }, undefined, range)).toEqual({ link: { view }, ignored: outside });
    expect(startLink({ t: outside }, undefined, range)).toEqual({ link: {}, ignored: outside });
  });

  it('drops a remembered moment outside the scenario (it changed since)', () => {
    expect(startLink({}, { t: Date.parse('2030-01-01T00:00Z') }, range)).toEqual({ link: {} });
  });
});

describe('the last open scenario, remembered', () => {
  const storage = () => {
    const map = new Map<string, string>();
    return {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
  };

  it('reads back what was written', () => {
    const s = storage();
    const last = { scenario: { kind: 'draft' as const, id: 'd1' }, hash: '#t=2026-03-03T12:00Z' };
    writeLastOpen(s, last);
    expect(readLastOpen(s)).toEqual(last);
  });

  it('reads nothing from a missing, mangled or foreign entry', () => {
    const s = storage();
    expect(readLastOpen(s)).toBeUndefined();
    s.setItem(LAST_OPEN_KEY, '{not json');
    expect(readLastOpen(s)).toBeUndefined();
    s.setItem(LAST_OPEN_KEY, JSON.stringify({ scenario: { kind: 'draft' }, hash: '' }));
    expect(readLastOpen(s)).toBeUndefined();
    expect(readLastOpen(undefined)).toBeUndefined();
  });
});
