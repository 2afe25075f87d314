import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import { circleRing, corridorRing, memoByFeature } from './shapes';
import type { LonLat } from '../model/geo';

describe('circleRing', () => {
  it('is a closed ring every point of which lies radiusKm from the centre', () => {
    const ring = circleRing([1.4, 18.44], 12);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const p of ring) expect(distance([1.4, 18.44], p, { units: 'kilometers' })).toBeCloseTo(12, 6);
  });
});

describe('corridorRing', () => {
  const line: LonLat[] = [
    [0.6, 18.0],
    [1.0, 18.2],
    [1.0, 18.2],
    [1.4, 18.44],
  ];
  it('is closed, with each side at the given half-width from its vertex', () => {
    const widths = [2, 5, 5, 10];
    const ring = corridorRing(line, widths);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    line.forEach((v, i) => {
      expect(distance(v, ring[i]!, { units: 'kilometers' })).toBeCloseTo(widths[i]!, 6);
    });
  });
  it('is widest where the route is least known', () => {
    const ring = corridorRing(line, [1, 1, 1, 20]);
    const far = Math.max(...ring.map((p) => distance([1.4, 18.44], p, { units: 'kilometers' })));
    expect(far).toBeGreaterThan(19);
  });
});

describe('memoByFeature', () => {
  it('computes once per feature object', () => {
    let calls = 0;
    const f = memoByFeature((o: { v: number }) => (calls++, o.v * 2));
    const a = { v: 2 };
    expect([f(a), f(a), f({ v: 3 })]).toEqual([4, 4, 6]);
    expect(calls).toBe(2);
  });
});
