import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INSET_ASPECT, INSET_COUNTRIES, INSET_WINDOW, insetMarker, insetProject, layoutInset } from './inset';

const DATA = fileURLToPath(new URL('./inset-data.json', import.meta.url));
const rect = { x: 100, y: 50, w: 340, h: 250 };

describe('inset data', () => {
  it('is small, covers West Africa around Mali, at two decimals', () => {
    expect(statSync(DATA).size).toBeLessThan(60_000);
    expect(INSET_WINDOW).toEqual({ west: -18, south: 3, east: 16, north: 28 });
    const names = INSET_COUNTRIES.map((c) => c.name);
    for (const n of ['Mali', 'Algeria', 'Niger', 'Mauritania', 'Burkina Faso', 'Senegal'])
      expect(names).toContain(n);
    expect(names).not.toContain('France');
    expect(readFileSync(DATA, 'utf8')).not.toMatch(/\d\.\d{3}/);
  });
});

describe('insetProject', () => {
  it('maps the window corners to the rect corners (north up)', () => {
    expect(insetProject(INSET_WINDOW.west, INSET_WINDOW.north, rect)).toEqual([100, 50]);
    expect(insetProject(INSET_WINDOW.east, INSET_WINDOW.south, rect)).toEqual([440, 300]);
  });

  it('is linear in lon and lat (plain equirectangular)', () => {
    const [x, y] = insetProject(-1, 15.5, rect);
    expect(x).toBeCloseTo(270);
    expect(y).toBeCloseTo(175);
  });

  it('keeps a degree the same length both ways at the laid-out size', () => {
    const r = layoutInset(1, 1000, 24);
    expect(r.w / r.h).toBeCloseTo(INSET_ASPECT);
    expect(r.x + r.w).toBe(1000);
    expect(r.y).toBe(24);
    expect(layoutInset(2, 1000, 24).w).toBeCloseTo(2 * r.w);
  });
});

describe('insetMarker', () => {
  it('outlines the visible bounds', () => {
    const m = insetMarker(
      [
        [-2, 15.5],
        [4.5, 21.5],
      ],
      rect,
      6,
    );
    expect(m.x).toBeCloseTo(260);
    expect(m.w).toBeCloseTo(65);
    expect(m.y).toBeCloseTo(115);
    expect(m.h).toBeCloseTo(60);
  });

  it('is never smaller than the minimum, centred on the view', () => {
    const m = insetMarker(
      [
        [1.4, 18.4],
        [1.41, 18.41],
      ],
      rect,
      6,
    );
    expect(m.w).toBeCloseTo(6);
    expect(m.h).toBeCloseTo(6);
    expect(m.x + m.w / 2).toBeCloseTo(insetProject(1.405, 18.405, rect)[0], 0);
  });

  it('stays inside the inset when the view runs off it', () => {
    const m = insetMarker(
      [
        [10, -20],
        [60, 40],
      ],
      rect,
      6,
    );
    expect(m.x).toBeGreaterThanOrEqual(rect.x);
    expect(m.x + m.w).toBeLessThanOrEqual(rect.x + rect.w);
    expect(m.y).toBe(rect.y);
    expect(m.y + m.h).toBe(rect.y + rect.h);
    const corner = insetMarker(
      [
        [40, -30],
        [50, -20],
      ],
      rect,
      6,
    );
    expect(corner).toEqual({ x: 434, y: 294, w: 6, h: 6 });
  });
});
