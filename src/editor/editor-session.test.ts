import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { AppState } from '../app/app-state.svelte';
import { DEFAULT_SCENARIO_FILES } from '../scenario/default-scenario';
import { loadScenario } from '../scenario/load';
import { Autosaver, DraftStore } from './model/draft-store';
import { draftFromFiles } from './model/draft-record';
import { EditorSession } from './editor-session.svelte';
import { setProperties } from './model/edits';

async function open() {
  const loaded = loadScenario(DEFAULT_SCENARIO_FILES);
  if (!loaded.ok) throw new Error('Kidal does not load');
  const app = new AppState(loaded.scenario, DEFAULT_SCENARIO_FILES);
  const store = await DraftStore.open();
  const draft = draftFromFiles(DEFAULT_SCENARIO_FILES, 'Copy', 0);
  const session = new EditorSession(app, new Autosaver(store), draft);
  return { app, store, session, draft };
}

describe('an editor session', () => {
  it('shows each edit at once, keeping t, and leaves the built-in files untouched', async () => {
    const { app, session, store } = await open();
    const t = Date.parse('2023-11-13T14:00:00Z');
    app.setTime(t);
    const id = session.doc.entries[0]!.feature.properties.id;
    const scenarioBefore = app.scenario;
    session.apply(setProperties(session.doc, id, { label: { en: 'Renamed' } }));
    flushSync();
    expect(app.t).toBe(t);
    expect(app.scenario).not.toBe(scenarioBefore);
    expect(app.scenario.features.find((f) => f.id === id)?.props.label).toEqual({ en: 'Renamed' });
    expect(app.files).not.toBe(DEFAULT_SCENARIO_FILES);
    expect(Object.values(DEFAULT_SCENARIO_FILES).join()).not.toContain('Renamed');
    store.close();
  });

  it('drops the selection when an undo removes the selected feature, and saves every change', async () => {
    const { session, store, draft } = await open();
    const id = session.doc.entries[1]!.feature.properties.id;
    session.selected = id;
    session.deleteSelected();
    expect(session.selected).toBeUndefined();
    expect(session.doc.entries.some((e) => e.feature.properties.id === id)).toBe(false);
    session.undo();
    session.selected = id;
    session.redo();
    expect(session.selected).toBeUndefined();
    await session.flushed();
    const saved = await store.get(draft.id);
    expect(saved?.history.done).toHaveLength(1);
    expect(saved?.history.undone).toHaveLength(0);
    expect(saved?.doc.entries.some((e) => e.feature.properties.id === id)).toBe(false);
    store.close();
  });

  it('keeps the last good preview while scenario.json is unusable, and lists why', async () => {
    const { app, session, store } = await open();
    const before = app.scenario;
    session.apply({
      patches: [
        { kind: 'manifest', key: 'timeRange', before: session.doc.manifest.timeRange, after: 'soon' },
      ],
    });
    expect(app.scenario).toBe(before);
    expect(session.problems).toEqual([
      expect.objectContaining({ file: 'scenario.json', field: 'timeRange' }),
    ]);
    session.undo();
    expect(session.problems).toEqual([]);
    store.close();
  });
});
