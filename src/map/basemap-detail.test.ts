import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_DETAIL_SCALE,
  basemapDetailLimit,
  builtInDetailZoom,
  metresPerPixel,
  scaleDenominator,
  zoomForScale,
} from './basemap-detail';

describe('map scale', () => {
  it('matches the Web Mercator ground resolution', () => {
    // 512-px world: 78 271.5 m a pixel at zoom 0 on the equator.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.517, 2);
    expect(metresPerPixel(10, 60)).toBeCloseTo(78_271.517 / 1024 / 2, 2);
  });

  it('turns zoom into 1:N and back', () => {
    expect(scaleDenominator(zoomForScale(250_000, 18.44), 18.44)).toBeCloseTo(250_000, 3);
    expect(scaleDenominator(0, 0)).toBeCloseTo(295_829_355, -1);
  });
});

describe('basemapDetailLimit', () => {
  const KIDAL_LAT = 18.44;

  it('ends the built-in basemap at 1:500 000, about zoom 9.13 at Kidal', () => {
    const at = (zoom: number) => basemapDetailLimit(zoom, KIDAL_LAT);
    expect(at(8).beyond).toBe(false);
    expect(at(11).beyond).toBe(true);
    expect(at(8).limitScale).toBeCloseTo(BUILT_IN_DETAIL_SCALE, 3);
    expect(at(8).limitZoom).toBeCloseTo(9.13, 2);
    expect(at(at(8).limitZoom).beyond).toBe(false);
    expect(at(11).scale).toBeCloseTo(140_000, -4);
  });

  it('follows a user archive: a zoom past its deepest vector tiles, twice a raster tile', () => {
    const vector = { kind: 'vector', maxZoom: 14 } as const;
    expect(basemapDetailLimit(14.9, KIDAL_LAT, vector).beyond).toBe(false);
    expect(basemapDetailLimit(15.1, KIDAL_LAT, vector).beyond).toBe(true);
    const raster256 = { kind: 'raster', maxZoom: 12, tileSize: 256 } as const;
    expect(basemapDetailLimit(12.1, KIDAL_LAT, raster256).beyond).toBe(true);
    expect(basemapDetailLimit(12, KIDAL_LAT, { ...raster256, tileSize: 512 }).beyond).toBe(false);
  });

  it('is computed for every chapter camera of the Kidal scenario', () => {
    const scenario = JSON.parse(
      readFileSync(new URL('../../geodata/kidal-2023/scenario.json', import.meta.url), 'utf8'),
    ) as { chapters: { id: string; camera: { center: [number, number]; zoom: number } }[] };
    for (const { id, camera } of scenario.chapters) {
      const limit = basemapDetailLimit(camera.zoom, camera.center[1]);
      expect(limit.scale, id).toBeGreaterThan(0);
      expect(limit.beyond, id).toBe(camera.zoom > limit.limitZoom);
    }
  });

  it('reaches zoom 10 outside the campaign window, where the world archive names towns of 10,000', () => {
    // Bakhmut and Narvik: towns of 10,000+ are named at zoom 9-10, so the notice waits until past 10.
    for (const [lon, lat] of [
      [38, 48.6],
      [17.4, 68.4],
    ] as const) {
      expect(basemapDetailLimit(10, lat, undefined, lon).beyond).toBe(false);
      expect(basemapDetailLimit(10.2, lat, undefined, lon).beyond).toBe(true);
    }
    // Kidal keeps its 1:500 000, with or without a longitude.
    expect(builtInDetailZoom(KIDAL_LAT, 1.4)).toBeCloseTo(builtInDetailZoom(KIDAL_LAT), 9);
    expect(basemapDetailLimit(9.5, KIDAL_LAT, undefined, 1.4).beyond).toBe(true);
  });
});
