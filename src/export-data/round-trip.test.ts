import { describe, expect, it } from 'vitest';
import { expectSameFrames, kidal, reimport } from '../../tests/support/round-trip';
import { exportGeoJson } from './geojson';
import { exportOrbatMapper } from './orbat-mapper';
import { exportKml } from './kml';

// Kidal → each format → Sandtable's own import: the same frames at 20 times across the scenario.

describe('round trips of the Kidal scenario', () => {
  const scenario = kidal();

  it('GeoJSON', async () => {
    const out = exportGeoJson(scenario);
    const back = await reimport('kidal.geojson', out.data);
    expect(back.movements.length).toBe(scenario.movements.length);
    expectSameFrames(scenario, back);
  });

  it('ORBAT Mapper', async () => {
    const out = exportOrbatMapper(scenario);
    const doc = JSON.parse(out.data as string);
    expect(doc).toMatchObject({ type: 'ORBAT-mapper', version: '3.4.0', timeZone: scenario.timeZone });
    const back = await reimport('kidal.json', out.data);
    expect(back.movements.length).toBe(scenario.movements.length);
    expectSameFrames(scenario, back);
  });

  it('KML', async () => {
    const out = exportKml(scenario);
    const back = await reimport('kidal.kml', out.data);
    expect(back.movements.length).toBe(scenario.movements.length);
    expectSameFrames(scenario, back);
  });
});
