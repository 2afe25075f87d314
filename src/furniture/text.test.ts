import { describe, expect, it } from 'vitest';
import { approxMeasure, linesWidth, tabularRuns, wrapText } from './text';

/** Every character 10 px wide. */
const mono = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('breaks at spaces so no line exceeds the width', () => {
    const lines = wrapText('Position known only to within about 10 km', 150, 'f', mono);
    expect(lines).toEqual(['Position known', 'only to within', 'about 10 km']);
    expect(linesWidth(lines, 'f', mono)).toBeLessThanOrEqual(150);
  });

  it('keeps a word wider than the limit whole, on its own line', () => {
    expect(wrapText('at Aguelhok-Tessalit now', 60, 'f', mono)).toEqual(['at', 'Aguelhok-Tessalit', 'now']);
  });

  it('never breaks at a no-break space', () => {
    expect(wrapText('detail ends at 1:500\u00a0000 here', 100, 'f', mono)).toEqual([
      'detail',
      'ends at',
      '1:500\u00a0000',
      'here',
    ]);
  });

  it('honours explicit newlines and drops empty input', () => {
    expect(wrapText('a b\nc', 1000, 'f', mono)).toEqual(['a b', 'c']);
    expect(wrapText('   ', 100, 'f', mono)).toEqual([]);
  });
});

describe('tabularRuns', () => {
  it('gives every digit the same advance, so the clock does not jiggle', () => {
    const narrowOne = (text: string) => (text === '1' ? 4 : text.length * 10);
    const a = tabularRuns('11:11', 'f', narrowOne);
    const b = tabularRuns('00:00', 'f', narrowOne);
    expect(a.width).toBe(b.width);
    expect(a.runs.map((r) => r.text).join('')).toBe('11:11');
    // The narrow 1 is centred in its 10 px cell.
    expect(a.runs[0]).toEqual({ text: '1', dx: 3 });
  });
});

describe('approxMeasure', () => {
  it('grows with size, weight and length', () => {
    const f = '400 20px "Noto Sans", sans-serif';
    expect(approxMeasure('Kidal', f)).toBeGreaterThan(approxMeasure('Kida', f));
    expect(approxMeasure('Kidal', '700 20px x')).toBeGreaterThan(approxMeasure('Kidal', f));
    expect(approxMeasure('Kidal', '400 40px x')).toBeCloseTo(2 * approxMeasure('Kidal', f));
  });
});
