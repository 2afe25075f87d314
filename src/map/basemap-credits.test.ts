import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  BASEMAP_CREDITS,
  GEONAMES,
  NATURAL_EARTH,
  REGIONAL,
  REGIONAL_BOUNDS,
  RELIEF_ATTRIBUTION,
  basemapCredits,
} from './basemap-credits';
import { basemapStyle } from './basemap-style';

// The credits name what a view draws: Kidal's schematic roads only where they lie.

const around = (lon: number, lat: number, r = 1): [number, number, number, number] => [
  lon - r,
  lat - r,
  lon + r,
  lat + r,
];

describe('basemapCredits', () => {
  it('names the curated roads over Kidal and nowhere else', () => {
    expect(basemapCredits(around(1.4, 18.4), 8)).toEqual([
      NATURAL_EARTH,
      GEONAMES,
      RELIEF_ATTRIBUTION,
      REGIONAL,
    ]);
    for (const [lon, lat] of [
      [38, 48.6], // Bakhmut
      [-59, -51.8], // Goose Green
      [17.4, 68.4], // Narvik
      [34.45, 31.5], // Gaza
      [25.35, 13.6], // El Fasher, in the old Sahel window
    ])
      expect(basemapCredits(around(lon!, lat!), 9), `${lon}, ${lat}`).toEqual([
        NATURAL_EARTH,
        GEONAMES,
        RELIEF_ATTRIBUTION,
      ]);
  });

  it('leaves the relief out when it is switched off, and reads a view across the antimeridian', () => {
    expect(basemapCredits(around(38, 48.6), 9, { relief: false })).toEqual([NATURAL_EARTH, GEONAMES]);
    expect(basemapCredits([170, -20, -170, -10], 5)).toEqual([NATURAL_EARTH, GEONAMES, RELIEF_ATTRIBUTION]);
  });

  it('covers every source the style draws, with the text the style credits it with', () => {
    const style = basemapStyle({ baseUrl: 'http://127.0.0.1:4173/', theme: 'print' });
    for (const [id, source] of Object.entries(style.sources)) {
      const credit = BASEMAP_CREDITS.find((c) => c.sources.includes(id));
      expect(credit?.text, id).toBe('attribution' in source ? source.attribution : undefined);
    }
  });

  it('bounds the regional credit by where the regional layer lies', () => {
    const regional = JSON.parse(
      readFileSync(new URL('../../public/basemap/regional.geojson', import.meta.url), 'utf8'),
    ) as GeoJSON.FeatureCollection;
    const [w, s, e, n] = REGIONAL_BOUNDS;
    const positions =
      JSON.stringify(regional.features.map((f) => f.geometry)).match(/-?\d+\.?\d*,-?\d+\.?\d*/g) ?? [];
    expect(positions.length).toBeGreaterThan(10);
    for (const p of positions) {
      const [lon = 0, lat = 0] = p.split(',').map(Number);
      expect(lon >= w - 0.5 && lon <= e + 0.5 && lat >= s - 0.5 && lat <= n + 0.5, p).toBe(true);
    }
    expect(BASEMAP_CREDITS.find((c) => c.text === REGIONAL)?.bounds).toBe(REGIONAL_BOUNDS);
  });
});
