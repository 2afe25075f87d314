import { describe, expect, it } from 'vitest';
import { buildLayers } from './build-layers';
import { mapLabels, placeMapLabels } from '../cartography/map-labels';
import { headingAt } from './movement-layers';
import type { LayerContext } from './layer-context';
import { frameAt } from '../frame/frame-at';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;

// A plain equirectangular camera on the Kidal region: enough to place labels deterministically.
const screen = {
  project: ([lon, lat]: [number, number]): [number, number] => [(lon - 0.2) * 600, (19.6 - lat) * 600],
  width: 1600,
  height: 900,
};

function ctx(iso: string, lang: 'en' | 'fr' = 'en'): LayerContext {
  const frame = frameAt(scenario, Date.parse(iso));
  const labels = placeMapLabels(mapLabels(scenario, frame, lang), screen);
  return { scenario, frame, theme: 'projector', lang, icons: 'data:,', labels };
}

const labelsAt = (iso: string, lang: 'en' | 'fr' = 'en') => {
  const { frame } = ctx(iso, lang);
  return mapLabels(scenario, frame, lang);
};

describe('buildLayers', () => {
  it('keeps the same layer ids in the same order at every time', () => {
    const ids = (iso: string) => buildLayers(ctx(iso)).map((l) => l.id);
    expect(ids('2023-10-02T00:00:00Z')).toEqual(ids('2023-11-14T12:00:00Z'));
    expect(new Set(ids('2023-11-14T12:00:00Z')).size).toBe(ids('2023-11-14T12:00:00Z').length);
  });

  it('points the arrowhead along the road: east-north-east into Kidal on 13–14 November', () => {
    const column = ctx('2023-11-13T20:00:00Z').frame.movements.find(
      (m) => m.feature.id === 'column-anefis-kidal',
    )!;
    const heading = headingAt(column);
    expect(heading).toBeGreaterThan(45);
    expect(heading).toBeLessThan(135);
  });

  it('pulses a strike with a radius that changes with t alone', () => {
    const radiusAt = (iso: string) => {
      const layer = buildLayers(ctx(iso)).find((l) => l.id === 'strike-pulse')!;
      const data = layer.props.data as { phase: number }[];
      return data.map((d) => d.phase);
    };
    expect(radiusAt('2023-11-07T07:00:00Z')).toEqual(radiusAt('2023-11-07T07:00:00Z'));
    expect(radiusAt('2023-11-07T07:00:00Z')).not.toEqual(radiusAt('2023-11-07T08:00:00Z'));
    expect(radiusAt('2023-11-08T12:00:00Z')).toEqual([]);
  });
});

describe('map labels', () => {
  it('give every source’s casualty figure for the school strike, never one number', () => {
    const school = labelsAt('2023-11-07T08:00:00Z').find((l) => l.id === 'strike-school-7nov')!;
    expect(school.lines).toEqual(
      expect.arrayContaining(['14+ killed, 30+ injured (Wikipedia)', '10+ killed (RFI, medical)']),
    );
  });

  it('say when only a window is known', () => {
    const strike = labelsAt('2023-11-03T20:00:00Z').find((l) => l.id === 'strike-camp-3-4nov')!;
    expect(strike.lines).toContain('3 Nov 17:00 – 4 Nov 06:30');
    const taken = labelsAt('2023-11-14T12:00:00Z', 'fr').find((l) => l.id === 'event-kidal-captured-14nov')!;
    expect(taken.lines[0]).toBe('Prise de Kidal');
  });

  it('name who makes a claim', () => {
    const claim = labelsAt('2023-11-13T12:00:00Z').find((l) => l.id === 'clash-ambushes-13nov')!;
    expect(claim.lines).toContain('claimed by FAMa–Wagner');
  });

  it('place what is happening first, and leave towns to the basemap', () => {
    const placed = ctx('2023-11-13T12:00:00Z').labels.map((l) => l.id);
    expect(placed).toContain('clash-ambushes-13nov');
    expect(placed).not.toContain('place-kidal');
  });
});
