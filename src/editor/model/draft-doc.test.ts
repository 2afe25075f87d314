import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_FILES } from '../../scenario/default-scenario';
import { loadScenario } from '../../scenario/load';
import { frameAt } from '../../frame/frame-at';
import { docFromFiles, DraftFilesError, filesFromDoc } from './draft-doc';

describe('the draft doc', () => {
  it('opens Kidal and writes back files that load to the same frames', () => {
    const doc = docFromFiles(DEFAULT_SCENARIO_FILES);
    expect(doc.entries.length).toBeGreaterThan(30);
    const files = filesFromDoc(doc);
    expect(Object.keys(files).sort()).toEqual(Object.keys(DEFAULT_SCENARIO_FILES).sort());
    expect(files['sources/research-notes.md']).toBe(DEFAULT_SCENARIO_FILES['sources/research-notes.md']);
    const a = loadScenario(DEFAULT_SCENARIO_FILES);
    const b = loadScenario(files);
    if (!a.ok || !b.ok) throw new Error('Kidal does not load');
    for (const t of [Date.parse('2023-11-11T16:00:00Z'), Date.parse('2023-11-14T09:00:00Z')]) {
      const fa = frameAt(a.scenario, t);
      const fb = frameAt(b.scenario, t);
      expect(fb.movements.map((m) => [m.feature.id, m.head])).toEqual(
        fa.movements.map((m) => [m.feature.id, m.head]),
      );
      expect(fb.events.map((e) => e.feature.id)).toEqual(fa.events.map((e) => e.feature.id));
    }
  });

  it('gives features without an id (or with a repeated one) an unused id', () => {
    const doc = docFromFiles({
      'scenario.json': JSON.stringify({ files: ['a.geojson'] }),
      'a.geojson': JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: null, properties: {} },
          { type: 'Feature', geometry: null, properties: { id: 'feature-1' } },
          { type: 'Feature', geometry: null, properties: { id: 'x' } },
          { type: 'Feature', geometry: null, properties: { id: 'x' } },
        ],
      }),
    });
    expect(doc.entries.map((e) => e.feature.properties.id)).toEqual([
      'feature-2',
      'feature-1',
      'x',
      'feature-3',
    ]);
  });

  it('names the file when the structure is unreadable', () => {
    expect(() => docFromFiles({})).toThrow(DraftFilesError);
    expect(() => docFromFiles({ 'scenario.json': '{' })).toThrow(/scenario\.json: not valid JSON/);
    expect(() =>
      docFromFiles({ 'scenario.json': '{"files":["a.geojson"]}', 'a.geojson': '{"type":"Feature"}' }),
    ).toThrow(/a\.geojson: not a GeoJSON FeatureCollection/);
  });

  it('writes each GeoJSON file exactly as JSON.stringify with two-space indent would', () => {
    const doc = docFromFiles(DEFAULT_SCENARIO_FILES);
    const files = filesFromDoc(doc);
    for (const file of ['events.geojson', 'movements.geojson', 'places.geojson']) {
      const features = doc.entries.filter((e) => e.file === file).map((e) => e.feature);
      expect(files[file]).toBe(JSON.stringify({ type: 'FeatureCollection', features }, null, 2) + '\n');
    }
    const empty = filesFromDoc({ ...doc, entries: [] });
    expect(JSON.parse(empty['events.geojson']!)).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
