import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_FILES } from '../../scenario/default-scenario';
import { loadScenario } from '../../scenario/load';
import { frameAt } from '../../frame/frame-at';
import { docFromFiles, filesFromDoc } from './draft-doc';
import { DraftChecker, UNSOURCED } from './draft-check';
import { addFeature, setManifest, setProperties } from './edits';
import { applyChange } from './patch';
import { newFeature } from './new-feature';

const T = Date.parse('2023-11-11T16:00:00Z');
const ctx = { t: T, durationMs: 6 * 3_600_000, label: (id: string) => ({ en: id, fr: id }) };

describe('checking a draft', () => {
  it('gives the loader’s own scenario for a valid draft', () => {
    const doc = docFromFiles(DEFAULT_SCENARIO_FILES);
    const check = new DraftChecker().check(doc, 'No source yet');
    const loaded = loadScenario(DEFAULT_SCENARIO_FILES);
    if (!loaded.ok || !check.scenario) throw new Error('Kidal does not load');
    expect(check.problems).toEqual([]);
    expect(check.scenario.features.map((f) => f.id)).toEqual(loaded.scenario.features.map((f) => f.id));
    expect(frameAt(check.scenario, T)).toEqual(frameAt(loaded.scenario, T));
  });

  it('lists a feature the loader would reject, by id and field, and still draws it', () => {
    let doc = docFromFiles(DEFAULT_SCENARIO_FILES);
    const id = doc.entries[0]!.feature.properties.id;
    doc = applyChange(doc, setProperties(doc, id, { certainty: 'claimed', claimedBy: undefined }));
    const check = new DraftChecker().check(doc, 'No source yet');
    expect(check.problems).toEqual([
      expect.objectContaining({ feature: id, field: 'properties.claimedBy', value: 'nothing' }),
    ]);
    // Drawn all the same (claimed, by whom unknown), never dropped silently.
    expect(check.scenario!.features.map((f) => f.id)).toContain(id);
    // The same problem as loading the written files gives.
    const loaded = loadScenario(filesFromDoc(doc));
    expect(loaded.ok ? [] : loaded.errors).toEqual(check.problems);
  });

  it('draws a feature without a source with a stand-in, and flags the missing source', () => {
    let doc = docFromFiles(DEFAULT_SCENARIO_FILES);
    const drawn = newFeature(doc, 'strike', { type: 'Point', coordinates: [1.4, 18.44] }, ctx);
    doc = applyChange(doc, addFeature(doc, drawn));
    const check = new DraftChecker().check(doc, 'No source yet');
    expect(check.problems).toEqual([
      expect.objectContaining({ feature: 'strike-1', field: 'properties.sources', value: '[]' }),
    ]);
    const shown = check.scenario!.features.find((f) => f.id === 'strike-1')!;
    expect(shown.props.sources).toEqual([UNSOURCED]);
    expect(check.scenario!.sourceById.get(UNSOURCED)?.title).toBe('No source yet');
    expect(filesFromDoc(doc)['events.geojson']).not.toContain(UNSOURCED);
  });

  it('lists the other problems of a feature without a source too', () => {
    let doc = docFromFiles(DEFAULT_SCENARIO_FILES);
    const drawn = newFeature(doc, 'strike', { type: 'Point', coordinates: [1.4, 18.44] }, ctx);
    doc = applyChange(doc, addFeature(doc, drawn));
    doc = applyChange(doc, setProperties(doc, 'strike-1', { certainty: 'claimed' }));
    const check = new DraftChecker().check(doc, 'No source yet');
    expect(check.problems.map((p) => p.field)).toEqual(['properties.sources', 'properties.claimedBy']);
    expect(check.scenario!.features.map((f) => f.id)).toContain('strike-1');
  });

  it('previews a new scenario that has no source yet, and lists that', () => {
    const doc = docFromFiles({
      'scenario.json': JSON.stringify({
        format: 'sandtable-scenario/1',
        id: 'new',
        title: 'New',
        timeZone: 'UTC',
        timeRange: { start: '2024-01-01T00:00:00Z', end: '2024-01-02T00:00:00Z' },
        defaultView: { center: [1, 18], zoom: 6 },
        sides: [{ id: 'blue', name: 'Blue', color: '#0072b2' }],
        sources: [],
        files: ['features.geojson'],
      }),
    });
    const check = new DraftChecker().check(doc, 'No source yet');
    expect(check.problems).toEqual([expect.objectContaining({ file: 'scenario.json', field: 'sources' })]);
    expect(check.scenario?.id).toBe('new');
  });

  it('re-checks only the features that changed, unless the sides or sources did', () => {
    let doc = docFromFiles(DEFAULT_SCENARIO_FILES);
    const checker = new DraftChecker();
    checker.check(doc, '');
    const before = checker.check(doc, '').scenario!;
    const id = doc.entries[3]!.feature.properties.id;
    doc = applyChange(doc, setProperties(doc, id, { note: 'edited' }));
    const after = checker.check(doc, '').scenario!;
    const changed = after.features.filter((f, i) => f !== before.features[i]).map((f) => f.id);
    expect(changed).toEqual([id]);
    // Removing a side re-checks every feature: those that name it are now rejected.
    const sides = doc.manifest.sides as { id: string }[];
    doc = applyChange(doc, setManifest(doc, 'sides', sides.slice(0, 1)));
    const third = checker.check(doc, '');
    expect(third.problems.length).toBeGreaterThan(0);
    // …and the kept side's `opponents` still names the one removed.
    expect(new Set(third.problems.map((p) => p.message))).toEqual(
      new Set([
        `a side declared in scenario.json (${sides[0]!.id})`,
        `another side declared in sides (${sides[0]!.id})`,
      ]),
    );
  });
});
