import { describe, expect, it } from 'vitest';
import { latOfMercatorY, mercatorY } from './mercator';

describe('Web Mercator y', () => {
  it('puts the equator in the middle and the clamp latitudes at the edges', () => {
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(85.0511)).toBeCloseTo(0, 5);
    expect(mercatorY(-90)).toBeCloseTo(1, 5);
  });

  it('round-trips latitudes, and stretches them away from the equator', () => {
    for (const lat of [-60, -18.4, 0, 18.44, 45, 80])
      expect(latOfMercatorY(mercatorY(lat))).toBeCloseTo(lat, 10);
    // Halfway in y between 0° and 60° N is north of 30° N.
    expect(latOfMercatorY((mercatorY(0) + mercatorY(60)) / 2)).toBeGreaterThan(30);
  });
});
