import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampRange, followTime, MIN_SPAN, panRange, zoomRange } from './zoom';

const H = 3_600_000;
const bounds = { start: 0, end: 1000 * H };

describe('range zoom', () => {
  it('zooms in around the anchor and back out to the bounds', () => {
    const zoomed = zoomRange(bounds, 0.5, 500 * H, bounds);
    expect(zoomed).toEqual({ start: 250 * H, end: 750 * H });
    expect(zoomRange(zoomed, 4, 500 * H, bounds)).toEqual(bounds);
  });

  it('stops at the minimum span and never leaves the bounds', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        (anchor, factor, pan) => {
          const r = panRange(zoomRange(bounds, factor, anchor * H, bounds), pan * H, bounds);
          expect(r.start).toBeGreaterThanOrEqual(bounds.start);
          expect(r.end).toBeLessThanOrEqual(bounds.end);
          expect(r.end - r.start).toBeGreaterThanOrEqual(MIN_SPAN - 1e-6);
        },
      ),
    );
  });

  it('pans to the edge and keeps the span', () => {
    expect(panRange({ start: 900 * H, end: 950 * H }, 200 * H, bounds)).toEqual({
      start: 950 * H,
      end: 1000 * H,
    });
    expect(clampRange({ start: -10 * H, end: 20 * H }, bounds)).toEqual({ start: 0, end: 30 * H });
  });

  it('follows t out of the range by a page', () => {
    const r = { start: 100 * H, end: 200 * H };
    expect(followTime(r, 150 * H, bounds)).toBe(r);
    expect(followTime(r, 250 * H, bounds)).toEqual({ start: 240 * H, end: 340 * H });
    expect(followTime(r, 50 * H, bounds)).toEqual({ start: 0, end: 100 * H });
  });
});
