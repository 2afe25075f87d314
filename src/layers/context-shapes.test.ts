import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { significance } from '../frame/simplify-line';
import { DetailedShapes, toleranceAt } from './context-shapes';

/** A wiggly road of 1,000 vertices about 50 m apart, and a ring round Kidal. */
const road: Position[] = Array.from({ length: 1000 }, (_, i) => [
  1 + i * 5e-4,
  18.4 + Math.sin(i / 3) * 2e-4,
]);
const ring: Position[] = Array.from({ length: 201 }, (_, i) => {
  const a = ((i % 200) / 200) * 2 * Math.PI;
  return [1.4 + 0.05 * Math.cos(a), 18.44 + 0.05 * Math.sin(a)];
});

describe('toleranceAt', () => {
  it('halves with each zoom level and is about half a pixel', () => {
    // 76.4 m a pixel at zoom 10 on the equator (512 px tiles).
    expect(toleranceAt(10, 0)).toBeCloseTo(38.2, 0);
    expect(toleranceAt(11, 0)).toBeCloseTo(toleranceAt(10, 0) / 2, 6);
    expect(toleranceAt(10.9, 0)).toBe(toleranceAt(10, 0));
  });
});

describe('DetailedShapes', () => {
  const shapes = new DetailedShapes(
    { points: [[1.4, 18.44]], paths: [road], polygons: [[ring]] },
    { paths: [significance(road)], polygons: [[significance(ring)]] },
  );

  it('draws few vertices zoomed out, all but the invisible ones zoomed in, always with the ends', () => {
    const far = shapes.at(5).paths[0]!;
    const near = shapes.at(20).paths[0]!;
    expect(far.length).toBeLessThan(20);
    expect(near.length).toBeGreaterThan(950);
    expect([far[0], far.at(-1)]).toEqual([road[0], road.at(-1)]);
    const r = shapes.at(6).polygons[0]![0]!;
    expect(r[0]).toEqual(r.at(-1));
    expect(r.length).toBeLessThan(201);
    expect(shapes.at(6).points).toBe(shapes.full.points);
  });

  it('computes each whole zoom level once', () => {
    expect(shapes.at(9.2)).toBe(shapes.at(9.8));
    expect(shapes.at(9.2)).not.toBe(shapes.at(10));
  });
});
