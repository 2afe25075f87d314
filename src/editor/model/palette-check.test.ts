import { describe, expect, it } from 'vitest';
import { paletteClashes } from './palette-check';

describe('the side palette check', () => {
  it('passes the Okabe–Ito blue and vermilion', () => {
    expect(
      paletteClashes([
        { id: 'a', color: '#0072B2' },
        { id: 'b', color: '#D55E00' },
      ]),
    ).toEqual([]);
  });

  it('flags red and green for a deuteranope-type reader, and two near-identical colours for everyone', () => {
    const clashes = paletteClashes([
      { id: 'red', color: '#D62728' },
      { id: 'green', color: '#2CA02C' },
      { id: 'blue', color: '#1F77B4' },
      { id: 'blue2', color: '#1F78B6' },
    ]);
    expect(clashes).toContainEqual(expect.objectContaining({ a: 'red', b: 'green' }));
    expect(clashes.find((c) => c.a === 'red' && c.b === 'green')!.vision).not.toBe('normal');
    expect(clashes).toContainEqual(expect.objectContaining({ a: 'blue', b: 'blue2', vision: 'normal' }));
    expect(clashes.find((c) => c.a === 'red' && c.b === 'blue')).toBeUndefined();
  });

  it('skips a colour that is not #rrggbb (the problem list names it)', () => {
    expect(
      paletteClashes([
        { id: 'a', color: 'red' },
        { id: 'b', color: 'red' },
      ]),
    ).toEqual([]);
  });
});
