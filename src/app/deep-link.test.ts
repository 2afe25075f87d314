import { describe, expect, it } from 'vitest';
import { formatHash, formatInstant, parseHash, type DeepLink } from './deep-link';

describe('deep links', () => {
  it('writes the short form the issue asks for', () => {
    expect(formatInstant(Date.parse('2023-11-13T14:00:00Z'))).toBe('2023-11-13T14:00Z');
    expect(formatInstant(Date.parse('2023-11-13T14:00:30Z'))).toBe('2023-11-13T14:00:30Z');
    expect(
      formatHash({
        t: Date.parse('2023-11-13T14:00:00Z'),
        chapter: 'southern-flank-13nov',
        view: { center: [1.320000001, 18.37], zoom: 10.2, bearing: 0, pitch: 0 },
      }),
    ).toBe('#t=2023-11-13T14:00Z&chapter=southern-flank-13nov&view=1.32,18.37,10.2,0,0');
  });

  it('reads back what it writes', () => {
    const link: DeepLink = {
      t: 1_699_884_000_123,
      chapter: 'a b',
      view: { center: [1.5, 18.25], zoom: 9, bearing: -30, pitch: 20 },
    };
    expect(parseHash(formatHash(link))).toEqual(link);
  });

  it('drops parts that do not parse', () => {
    expect(parseHash('#t=yesterday&view=1,2')).toEqual({});
    expect(parseHash('#view=1,95,3')).toEqual({});
    expect(parseHash('')).toEqual({});
    expect(parseHash('#t=2023-11-13T14:00Z&view=1,18,8')).toEqual({
      t: Date.parse('2023-11-13T14:00:00Z'),
      view: { center: [1, 18], zoom: 8, bearing: 0, pitch: 0 },
    });
  });
});
