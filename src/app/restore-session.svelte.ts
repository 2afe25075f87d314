import { untrack } from 'svelte';
import type { AppState } from './app-state.svelte';
import { loadScenario, type ScenarioFiles } from '../scenario/load';
import type { Scenario } from '../model/scenario';
import { ui } from '../i18n/strings';
import { DEFAULT_SCENARIO_FILES } from '../scenario/default-scenario';
import { openDraftId } from '../editor/open-draft';
import { readLastOpen, writeLastOpen, type LastOpen, type LastScenario } from './last-open';
// IndexedDB (and `idb`) load only when a scenario from disk is opened or reopened: never for a first visit.
const sessionStore = () => import('./session-store');

// What was open comes back (issue 21): the scenario or draft in view and the moment shown are remembered as
// they change, and reopened at start-up before `sandtable.ready`.

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** The remembered scenario, reopened (false when it is gone: the built-in one stays in view). */
export async function reopen(app: AppState, last: LastScenario): Promise<boolean> {
  if (last.kind === 'builtin') return true;
  // A draft open in the editor when the page went away: the editor reopens it itself.
  if (last.kind === 'draft' && openDraftId(storage()) === last.id) return false;
  try {
    const opened = last.kind === 'imported' ? await importedScenario() : await draftScenario(last.id, app);
    if (!opened) return false;
    app.replaceScenario(opened.scenario, opened.files);
    if (last.kind === 'draft') app.draftInView = { id: last.id, files: opened.files };
    return true;
  } catch {
    return false;
  }
}

/** Runs `task` when the browser has nothing else to do (at the latest after 5 s). */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 0);
}

type Opened = { scenario: Scenario; files: ScenarioFiles } | undefined;

async function importedScenario(): Promise<Opened> {
  const files = (await (await sessionStore()).loadImportedScenario())?.files;
  const result = files && loadScenario(files);
  return result && result.ok ? { scenario: result.scenario, files: files! } : undefined;
}

/** A draft as the editor shows it: checked by the editor's own rules (a draft may still lack a source). */
async function draftScenario(id: string, app: AppState): Promise<Opened> {
  const [{ DraftStore }, { filesFromDoc }, { DraftChecker }] = await Promise.all([
    import('../editor/model/draft-store'),
    import('../editor/model/draft-doc'),
    import('../editor/model/draft-check'),
  ]);
  const store = await DraftStore.open();
  try {
    const record = await store.get(id);
    if (!record) return undefined;
    const check = new DraftChecker().check(record.doc, ui(app.lang, 'noSourceYet'));
    return check.scenario && { scenario: check.scenario, files: filesFromDoc(record.doc) };
  } finally {
    store.close();
  }
}

export function rememberedLast(): LastOpen | undefined {
  return readLastOpen(storage());
}

/**
 * Keeps the remembered scenario and moment up to date: the scenario as it is opened (an import's files go to
 * IndexedDB), the moment each time the address is rewritten.
 */
export function rememberSession(app: AppState, builtIn: ScenarioFiles): { hash: (hash: string) => void } {
  let scenario: LastScenario = { kind: 'builtin' };
  let hash = '';
  let saved: ScenarioFiles | undefined = builtIn;
  const write = () => writeLastOpen(storage(), { scenario, hash });
  $effect.root(() => {
    $effect(() => {
      const files = app.files;
      const draft = app.draftInView;
      const name = app.scenario.title;
      untrack(() => {
        const editing = openDraftId(storage());
        if (editing) scenario = { kind: 'draft', id: editing };
        else if (draft && draft.files === files) scenario = { kind: 'draft', id: draft.id };
        else if (files === builtIn) scenario = { kind: 'builtin' };
        else {
          const title = typeof name === 'string' ? name : name.en;
          const imported: LastScenario = { kind: 'imported', name: title };
          // Stored once the page is idle: cloning a large import into IndexedDB is a long main-thread task,
          // which must not land on the moment the new scenario arrives. The next visit is told of the import
          // only once it is stored: a reload before that opens what was remembered before, never nothing.
          if (saved !== files)
            whenIdle(
              () =>
                void sessionStore()
                  .then((store) => store.saveImportedScenario({ name: title, files }))
                  .then(() => {
                    if (app.files !== files) return;
                    scenario = imported;
                    write();
                  })
                  .catch(() => undefined),
            );
          else scenario = imported;
        }
        saved = files;
        write();
      });
    });
  });
  return {
    hash(next: string) {
      hash = next;
      write();
    },
  };
}

/** File › Open the built-in scenario: back to the default one (an editor open on a draft saves and closes). */
export async function openBuiltIn(app: AppState): Promise<void> {
  const result = loadScenario(DEFAULT_SCENARIO_FILES);
  if (result.ok) app.replaceScenario(result.scenario, DEFAULT_SCENARIO_FILES);
}
