import { describe, expect, it } from 'vitest';
import { docFromFiles } from './draft-doc';
import { newFeature } from './new-feature';
import { DEFAULT_SCENARIO_FILES } from '../../scenario/default-scenario';

const T = Date.parse('2023-11-12T06:00:00Z');
const ctx = { t: T, durationMs: 4 * 3_600_000, label: (id: string) => ({ en: `EN ${id}`, fr: `FR ${id}` }) };

describe('a new feature', () => {
  const doc = docFromFiles(DEFAULT_SCENARIO_FILES);

  it('is a movement starting at t, timed over the chosen duration, honest by default', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [1, 18],
        [1.2, 18.1],
        [1.4, 18.4],
      ],
    };
    const f = newFeature(doc, 'movement', line, ctx);
    expect(f.properties).toMatchObject({
      kind: 'movement',
      side: 'fama-wagner',
      certainty: 'estimated',
      sources: [],
      label: { en: 'EN movement-1', fr: 'FR movement-1' },
    });
    const times = f.properties.coordTimes as string[];
    expect(times[0]).toBe('2023-11-12T06:00:00Z');
    expect(times[2]).toBe('2023-11-12T10:00:00Z');
  });

  it('is a strike at t, a timeless place, or a clash zone for an area', () => {
    const pt = { type: 'Point' as const, coordinates: [1, 18] };
    expect(newFeature(doc, 'strike', pt, ctx).properties.time).toBe('2023-11-12T06:00:00Z');
    expect(newFeature(doc, 'place', pt, ctx).properties.time).toBeUndefined();
    const ring = [
      [1, 18],
      [1.1, 18],
      [1.1, 18.1],
      [1, 18],
    ];
    expect(newFeature(doc, 'area', { type: 'Polygon', coordinates: [ring] }, ctx).properties.kind).toBe(
      'clash',
    );
  });
});
