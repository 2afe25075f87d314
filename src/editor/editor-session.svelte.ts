import { ui } from '../i18n/strings';
import type { EditorHost } from './editor-host';
import type { LoadError } from '../scenario/load-error';
import { DraftChecker } from './model/draft-check';
import { filesFromDoc, type DraftDoc } from './model/draft-doc';
import type { DraftRecord, Autosaver } from './model/draft-store';
import { emptyHistory, record, redo, undo, type History } from './model/history';
import type { Change } from './model/patch';
import { deleteFeature } from './model/edits';
import type { Camera } from '../model/camera';

export type Tool = 'select' | 'movement' | 'place' | 'event' | 'strike' | 'area';

export type SaveState = { state: 'saved' } | { state: 'saving' } | { state: 'failed'; error: string };

/**
 * One draft open in the editor: the doc, its history and selection, the problems, and the preview handed to
 * the app after each change. Every change goes through `apply`, `undo` or `redo`, which check it, show it and
 * autosave it; components hold only what they display.
 */
export class EditorSession {
  readonly id: string;
  title = $state('');
  doc: DraftDoc = $state.raw() as unknown as DraftDoc;
  history: History = $state.raw(emptyHistory());
  problems: LoadError[] = $state.raw([]);
  selected: string | undefined = $state();
  tool: Tool = $state('select');
  /** Hours a new movement takes, spread over its vertices by distance. */
  durationHours = $state(6);
  saving: SaveState = $state({ state: 'saved' });
  /** `app.opened` once this draft was put in view: another value means something else was opened since. */
  readonly openedAt: number;
  #app: EditorHost;
  #saver: Autosaver;
  #checker = new DraftChecker();
  #camera: () => Camera | undefined;

  constructor(
    app: EditorHost,
    saver: Autosaver,
    draft: DraftRecord,
    camera: () => Camera | undefined = () => undefined,
  ) {
    this.#app = app;
    this.#camera = camera;
    this.#saver = saver;
    this.id = draft.id;
    this.title = draft.title;
    this.doc = draft.doc;
    this.history = draft.history;
    this.selected = draft.selected;
    saver.onstatus = (error) => {
      this.saving = error === undefined ? { state: 'saved' } : { state: 'failed', error: String(error) };
    };
    // Opening replaces the scenario in view (framed from its default view), then returns to where the draft
    // was left: its time, and its camera (the component restores that on the map).
    const check = this.#checker.check(this.doc, ui(app.lang, 'noSourceYet'));
    this.problems = check.problems;
    if (check.scenario) app.replaceScenario(check.scenario, filesFromDoc(this.doc));
    if (draft.t !== undefined) app.setTime(draft.t);
    this.openedAt = app.opened;
  }

  get canUndo(): boolean {
    return this.history.done.length > 0;
  }

  get canRedo(): boolean {
    return this.history.undone.length > 0;
  }

  /** Records a change (no undo step when it changes nothing), shows it and saves it. */
  apply(change: Change): void {
    if (change.patches.length === 0) return;
    ({ doc: this.doc, history: this.history } = record(this.doc, this.history, change));
    this.#changed();
  }

  undo(): void {
    if (!this.canUndo) return;
    ({ doc: this.doc, history: this.history } = undo(this.doc, this.history));
    this.#changed();
  }

  redo(): void {
    if (!this.canRedo) return;
    ({ doc: this.doc, history: this.history } = redo(this.doc, this.history));
    this.#changed();
  }

  deleteSelected(): void {
    if (!this.selected) return;
    this.apply(deleteFeature(this.doc, this.selected));
  }

  /** Renames the draft in the list of drafts (the scenario's own title is edited in its settings). */
  rename(title: string): void {
    this.title = title;
    this.#save();
  }

  /** The record as it is now, for saving and for exporting elsewhere. */
  snapshot(): DraftRecord {
    return {
      id: this.id,
      title: this.title,
      updated: Date.now(),
      doc: this.doc,
      history: this.history,
      selected: this.selected,
      t: this.#app.t,
      camera: this.#camera(),
    };
  }

  #changed(): void {
    if (this.selected && !this.doc.entries.some((e) => e.feature.properties.id === this.selected))
      this.selected = undefined;
    this.#show();
    this.#save();
  }

  /** Shows the draft again without a change: after a language switch, the stand-in source's title follows. */
  recheck(): void {
    this.#show();
  }

  /** Re-checks the draft and puts its valid part on the map, keeping t and the camera. */
  #show(): void {
    const check = this.#checker.check(this.doc, ui(this.#app.lang, 'noSourceYet'));
    this.problems = check.problems;
    if (check.scenario) this.#app.showDraft(check.scenario, filesFromDoc(this.doc));
  }

  #save(): void {
    this.saving = { state: 'saving' };
    this.#saver.save(this.snapshot());
  }

  /** Resolves once every change so far is in IndexedDB. */
  flushed(): Promise<void> {
    return this.#saver.idle();
  }
}
