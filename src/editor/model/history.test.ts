import { describe, expect, it } from 'vitest';
import { docFromFiles, type DraftDoc } from './draft-doc';
import { addFeature, deleteFeature, setGeometry, setManifest, setProperties } from './edits';
import { emptyHistory, HISTORY_LIMIT, record, redo, undo } from './history';
import { applyChange, PatchError } from './patch';

function emptyDoc(): DraftDoc {
  return docFromFiles({
    'scenario.json': JSON.stringify({ id: 'd', files: ['features.geojson'], sides: [{ id: 'a' }] }),
  });
}

const point = (id: string, lon = 1) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [lon, 18] },
  properties: { id, kind: 'event', label: id },
});

describe('edits, undo and redo', () => {
  it('undoes and redoes adds, property edits, geometry moves, manifest fields and deletions', () => {
    let doc = emptyDoc();
    let history = emptyHistory();
    const steps = [
      (d: DraftDoc) => addFeature(d, point('e1')),
      (d: DraftDoc) => addFeature(d, point('e2')),
      (d: DraftDoc) => setProperties(d, 'e1', { label: '<b>x</b>', note: 'n' }),
      (d: DraftDoc) => setGeometry(d, 'e2', { type: 'Point', coordinates: [2, 19] }),
      (d: DraftDoc) => setManifest(d, 'title', 'T'),
      (d: DraftDoc) => deleteFeature(d, 'e1'),
    ];
    const states = [doc];
    for (const step of steps) {
      ({ doc, history } = record(doc, history, step(doc)));
      states.push(doc);
    }
    expect(doc.entries.map((e) => e.feature.properties.id)).toEqual(['e2']);
    for (let i = steps.length - 1; i >= 0; i--) {
      ({ doc, history } = undo(doc, history));
      expect(doc).toEqual(states[i]);
    }
    // Nothing left to undo: the same state, not an error.
    expect(undo(doc, history).doc).toBe(doc);
    for (let i = 1; i <= steps.length; i++) {
      ({ doc, history } = redo(doc, history));
      expect(doc).toEqual(states[i]);
    }
  });

  it('puts a deleted feature back where it was', () => {
    let doc = emptyDoc();
    let history = emptyHistory();
    for (const id of ['a', 'b', 'c']) ({ doc, history } = record(doc, history, addFeature(doc, point(id))));
    ({ doc, history } = record(doc, history, deleteFeature(doc, 'b')));
    ({ doc, history } = undo(doc, history));
    expect(doc.entries.map((e) => e.feature.properties.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps untouched features by identity, and makes no step for an edit that changes nothing', () => {
    let doc = emptyDoc();
    let history = emptyHistory();
    ({ doc, history } = record(doc, history, addFeature(doc, point('a'))));
    ({ doc, history } = record(doc, history, addFeature(doc, point('b'))));
    const a = doc.entries[0];
    ({ doc, history } = record(doc, history, setProperties(doc, 'b', { label: 'B' })));
    expect(doc.entries[0]).toBe(a);
    expect(setProperties(doc, 'b', { label: 'B' }).patches).toEqual([]);
    expect(history.done).toHaveLength(3);
  });

  it('keeps the last HISTORY_LIMIT steps, which survive a JSON round trip (as persisted)', () => {
    let doc = emptyDoc();
    let history = emptyHistory();
    ({ doc, history } = record(doc, history, addFeature(doc, point('a'))));
    for (let i = 0; i < HISTORY_LIMIT + 20; i++)
      ({ doc, history } = record(doc, history, setProperties(doc, 'a', { label: `L${i}` })));
    expect(history.done).toHaveLength(HISTORY_LIMIT);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
    history = JSON.parse(JSON.stringify(history));
    doc = JSON.parse(JSON.stringify(doc));
    for (let i = 0; i < 250; i++) ({ doc, history } = undo(doc, history));
    expect(doc.entries[0]!.feature.properties.label).toBe(`L${HISTORY_LIMIT + 20 - 251}`);
  });

  it('refuses a change that does not fit the doc', () => {
    const doc = emptyDoc();
    const change = setProperties(applyChange(doc, addFeature(doc, point('a'))), 'a', { label: 'x' });
    expect(() => applyChange(doc, change)).toThrow(PatchError);
    expect(() => setProperties(doc, 'nope', {})).toThrow(/No feature "nope"/);
  });
});
