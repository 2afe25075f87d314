import { describe, expect, it } from 'vitest';
import { featureExtent, fitExtent, MAX_FIT_ZOOM } from './extent';

const line = (...coordinates: [number, number][]) => ({ type: 'LineString', coordinates });

describe('featureExtent', () => {
  it('holds every position of every geometry', () => {
    expect(
      featureExtent([line([37.9, 48.5], [38.1, 48.7]), { type: 'Point', coordinates: [38.3, 48.4] }]),
    ).toEqual([37.9, 48.4, 38.3, 48.7]);
    expect(featureExtent([])).toBeUndefined();
  });

  it('goes across the antimeridian when that is the shorter way', () => {
    expect(featureExtent([line([178, -17], [-179, -16])])).toEqual([178, -17, 181, -16]);
  });
});

describe('fitExtent', () => {
  it('frames the extent in the share of the frame asked, centred on it', () => {
    const camera = fitExtent([37.9, 48.5, 38.3, 48.55], { width: 1280, height: 720 }, 0.8);
    expect(camera.center[0]).toBeCloseTo(38.1, 5);
    // 0.4° of longitude across 80% of 1280 px: the world is 1024 px × 360 / 0.4 wide.
    expect(camera.zoom).toBeCloseTo(Math.log2((1280 * 0.8 * 360) / (0.4 * 512)), 5);
  });

  it('brings a centre past the antimeridian back into −180…180', () => {
    expect(fitExtent([178, -17, 184, -16], { width: 1280, height: 720 }).center[0]).toBeCloseTo(-179, 5);
  });

  it('shows a lone point with its surroundings, not a street', () => {
    expect(fitExtent([17.4, 68.4, 17.4, 68.4], { width: 1280, height: 720 }).zoom).toBe(MAX_FIT_ZOOM);
  });
});
