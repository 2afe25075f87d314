/* eslint-disable @typescript-eslint/no-explicit-any -- these tests break arbitrary JSON one field at a time */
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load';
import { formatLoadError } from './load-error';
import { miniFeatures, miniFiles, miniManifest } from '../../tests/fixtures/mini-scenario';

function errorsOf(files: Parameters<typeof loadScenario>[0]) {
  const result = loadScenario(files);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

function withFeature(index: number, patch: (f: Record<string, any>) => void) {
  const features = miniFeatures();
  patch(features[index] as Record<string, any>);
  return miniFiles(miniManifest(), features);
}

describe('loadScenario', () => {
  it('accepts a valid scenario and builds the model', () => {
    const result = loadScenario(miniFiles());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = result.scenario;
    expect(s.start).toBe(Date.parse('2023-11-10T00:00:00Z'));
    expect(s.movements.map((m) => m.id)).toEqual(['column']);
    expect(s.movements[0]?.track.totalKm).toBeGreaterThan(90);
    expect(s.timed.map((f) => f.id)).toEqual(['town', 'strike']);
    expect(s.features.find((f) => f.id === 'town')?.control.map((c) => c.side)).toEqual(['red', 'blue']);
  });

  it('rejects malformed JSON naming the file', () => {
    const errors = errorsOf({ ...miniFiles(), 'features.geojson': '{"type": "FeatureCollection", ' });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe('features.geojson');
    expect(errors[0]?.message).toMatch(/valid JSON/);
  });

  it('reports a missing listed file', () => {
    const errors = errorsOf({ 'scenario.json': JSON.stringify(miniManifest()) });
    expect(errors[0]).toMatchObject({ file: 'features.geojson', message: expect.stringMatching(/missing/) });
  });

  it('names manifest field and value', () => {
    const m = miniManifest();
    (m.sides as { color: string }[])[1]!.color = 'red';
    const errors = errorsOf(miniFiles(m));
    expect(errors).toEqual([
      expect.objectContaining({ file: 'scenario.json', field: 'sides[1].color', value: '"red"' }),
    ]);
  });

  it('rejects a time range that runs backwards', () => {
    const m = miniManifest();
    m.timeRange = { start: '2023-11-15T00:00:00Z', end: '2023-11-10T00:00:00Z' };
    expect(errorsOf(miniFiles(m))[0]).toMatchObject({ field: 'timeRange.end' });
  });

  it('names file, feature, field and value for a bad time', () => {
    const errors = errorsOf(withFeature(0, (f) => (f.properties.coordTimes[1] = '11 November')));
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'features.geojson',
        feature: 'column',
        field: 'properties.coordTimes[1]',
        value: '"11 November"',
      }),
    ]);
    expect(formatLoadError(errors[0]!)).toBe(
      'features.geojson › feature column › properties.coordTimes[1]: an ISO 8601 date-time with a zone, e.g. 2023-11-14T06:00:00Z (got "11 November")',
    );
  });

  it('rejects coordTimes that run backwards', () => {
    const errors = errorsOf(withFeature(0, (f) => (f.properties.coordTimes[2] = '2023-11-10T12:00:00Z')));
    expect(errors[0]).toMatchObject({ feature: 'column', field: 'properties.coordTimes[2]' });
  });

  it('rejects coordTimes of the wrong length', () => {
    const errors = errorsOf(withFeature(0, (f) => f.properties.coordTimes.pop()));
    expect(errors[0]).toMatchObject({ field: 'properties.coordTimes', value: '2' });
  });

  it('rejects unknown side and source ids', () => {
    const errors = errorsOf(
      withFeature(1, (f) => {
        f.properties.side = 'green';
        f.properties.sources = ['src', 'nope'];
      }),
    );
    expect(errors.map((e) => [e.feature, e.field, e.value])).toEqual([
      ['strike', 'properties.side', '"green"'],
      ['strike', 'properties.sources[1]', '"nope"'],
    ]);
  });

  it('requires claimedBy on claims', () => {
    const errors = errorsOf(withFeature(1, (f) => delete f.properties.claimedBy));
    expect(errors[0]).toMatchObject({ feature: 'strike', field: 'properties.claimedBy' });
  });

  it('rejects a window whose end is before its start', () => {
    const errors = errorsOf(withFeature(1, (f) => (f.properties.end = '2023-11-12T00:00:00Z')));
    expect(errors[0]).toMatchObject({ field: 'properties.end', value: '"2023-11-12T00:00:00Z"' });
  });

  it('rejects out-of-range and non-finite coordinates', () => {
    const errors = errorsOf(withFeature(2, (f) => (f.geometry.coordinates = [181, null])));
    expect(errors.map((e) => [e.field, e.value])).toEqual([
      ['geometry.coordinates[0]', '181'],
      ['geometry.coordinates[1]', 'null'],
    ]);
  });

  it('rejects a geometry type that does not fit the kind', () => {
    const errors = errorsOf(
      withFeature(
        2,
        (f) =>
          (f.geometry = {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          }),
      ),
    );
    expect(errors[0]).toMatchObject({ feature: 'town', field: 'geometry.type', value: '"LineString"' });
  });

  it('rejects unclosed polygons', () => {
    const errors = errorsOf(
      withFeature(2, (f) => {
        f.properties.kind = 'area';
        f.geometry = {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
            ],
          ],
        };
      }),
    );
    expect(errors[0]).toMatchObject({
      field: 'geometry.coordinates[0]',
      message: expect.stringMatching(/closed ring/),
    });
  });

  it('rejects duplicate ids across the scenario', () => {
    const errors = errorsOf(withFeature(2, (f) => (f.properties.id = 'strike')));
    expect(errors[0]).toMatchObject({
      feature: 'strike',
      message: expect.stringMatching(/not already used/),
    });
  });

  it('uses the index when a feature has no id', () => {
    const errors = errorsOf(withFeature(2, (f) => delete f.properties.id));
    expect(errors[0]).toMatchObject({ feature: '#2', field: 'properties.id' });
  });

  it('keeps HTML in data as plain text in errors', () => {
    const errors = errorsOf(withFeature(2, (f) => (f.properties.kind = '<img src=x onerror=alert(1)>')));
    expect(errors[0]?.value).toBe('"<img src=x onerror=alert(1)>"');
  });
});

describe('loadScenario guards', () => {
  it('rejects a listed file outside the scenario folder', () => {
    const m = miniManifest();
    m.files = ['../secrets.geojson'];
    expect(errorsOf(miniFiles(m))[0]).toMatchObject({ file: 'scenario.json', field: 'files[0]' });
  });

  it('rejects a casualty figure with no count', () => {
    const errors = errorsOf(
      withFeature(1, (f) => (f.properties.casualties = [{ according: 'someone', sources: ['src'] }])),
    );
    expect(errors[0]).toMatchObject({ feature: 'strike', field: 'properties.casualties[0]' });
  });
});
