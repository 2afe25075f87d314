import { describe, expect, it } from 'vitest';
import { degreeLabel, graticuleTicks } from './graticule';

describe('graticule ticks', () => {
  const map = { x: 20, y: 30, w: 200, h: 150 };

  it('labels degrees and minutes with the hemisphere', () => {
    expect(degreeLabel(1.5, 'lon')).toBe('1°30′E');
    expect(degreeLabel(-0.25, 'lon')).toBe('0°15′W');
    expect(degreeLabel(18, 'lat')).toBe('18°N');
    expect(degreeLabel(-33.5, 'lat')).toBe('33°30′S');
    expect(degreeLabel(0, 'lat')).toBe('0°');
  });

  it('puts the centre meridian and parallel at the middle of the map', () => {
    const ticks = graticuleTicks({ center: [1, 18], zoom: 7, width: 800, height: 600 }, map);
    const lon = ticks.lon.find((t) => t.label === '1°E');
    const lat = ticks.lat.find((t) => t.label === '18°N');
    expect(lon?.at).toBeCloseTo(map.x + map.w / 2, 6);
    expect(lat?.at).toBeCloseTo(map.y + map.h / 2, 6);
  });

  it('spaces meridians evenly and parallels wider apart towards the pole (Mercator)', () => {
    const ticks = graticuleTicks({ center: [10, 60], zoom: 5, width: 800, height: 600 }, map);
    const dx = ticks.lon.slice(1).map((t, i) => t.at - ticks.lon[i]!.at);
    for (const d of dx) expect(d).toBeCloseTo(dx[0]!, 6);
    // y grows downwards: southern parallels are lower; the northern gaps are larger.
    const dy = ticks.lat.slice(1).map((t, i) => ticks.lat[i]!.at - t.at);
    expect(dy[dy.length - 1]).toBeGreaterThan(dy[0]!);
    expect(ticks.lon.length).toBeGreaterThanOrEqual(2);
    expect(ticks.lon.length).toBeLessThanOrEqual(7);
  });
});
