import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemapNames, basemapTownNames } from './basemap-towns';

describe('the towns the basemap names', () => {
  it('are the towns of the basemap file', () => {
    const file = JSON.parse(readFileSync('public/basemap/towns.geojson', 'utf8')) as {
      features: { properties: { name: string } }[];
    };
    expect(basemapTownNames()).toEqual(file.features.map((f) => f.properties.name));
  });

  it('match a place by name (accents and case aside) and position', () => {
    expect(basemapNames('Kidal', [1.4078, 18.4411])).toBe(true);
    expect(basemapNames('abeibara', [1.75, 19.13])).toBe(true);
    expect(basemapNames('Kidal', [3, 18.44])).toBe(false);
    expect(basemapNames('Objective Bravo', [1.4078, 18.4411])).toBe(false);
  });
});
