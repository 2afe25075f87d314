import { describe, expect, it } from 'vitest';
import { parseExportArgs } from './export-args.mjs';

const ok = (s: string) => parseExportArgs(s.split(' '));
const bad = (s: string) => () => parseExportArgs(s.split(' '));

describe('export CLI: a still comparing two moments (issue #24)', () => {
  it('takes --compare with a mode, split by default', () => {
    expect(ok('--time 2023-11-14T12:00Z --compare 2023-11-12T12:00Z --out a.png')).toMatchObject({
      time: Date.parse('2023-11-14T12:00Z'),
      compare: { t: Date.parse('2023-11-12T12:00Z'), mode: 'split' },
    });
    expect(
      ok('--time 2023-11-14T12:00Z --compare 2023-11-12 --compare-mode swipe --out a.png').compare,
    ).toEqual({ t: Date.parse('2023-11-12T00:00:00Z'), mode: 'swipe' });
    expect(ok('--time 2023-11-14T12:00Z --out a.png').compare).toBeUndefined();
  });

  it('says what is wrong', () => {
    expect(bad('--time 2023-11-14T12:00Z --compare soon --out a.png')).toThrow(/--compare: not a date/);
    expect(bad('--time 2023-11-14T12:00Z --compare-mode swipe --out a.png')).toThrow(/needs --compare/);
    expect(bad('--time 2023-11-14 --compare 2023-11-12 --compare-mode x --out a.png')).toThrow(
      /split or swipe/,
    );
    expect(bad('--from 2023-11-10 --to 2023-11-11 --compare 2023-11-12 --out a.mp4')).toThrow(
      /png still only/,
    );
  });
});
