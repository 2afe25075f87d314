import type { Theme } from '../model/theme';
import type { Lang } from '../i18n/localize';
import type { Scenario } from '../model/scenario';
import type { ScenarioFiles } from '../scenario/load';
import type { UserBasemap } from '../map/user-basemap';
import type { CompareSpec } from '../compare/compare-link';
import type { Camera } from '../model/camera';

/** UI state shared by the components and the scripting API. Domain logic stays in plain modules. */
export class AppState {
  scenario: Scenario = $state.raw() as unknown as Scenario;
  t = $state(0);
  playing = $state(false);
  /** Scenario milliseconds per real second while playing. */
  rate = $state(6 * 3_600_000);
  theme: Theme = $state('projector');
  lang: Lang = $state('en');
  /** The basemap's ground with its relief shaded in, or flat land (the Relief switch). */
  relief = $state(true);
  /** A basemap the user opened from disk, drawn instead of the built-in one; screen and exports follow it. */
  userBasemap: UserBasemap | undefined = $state.raw();
  /** Why the last basemap file could not be opened, shown beside the toolbar until the next try. */
  basemapProblem: string | undefined = $state();
  /** Presenter mode: fullscreen, chrome hidden, the camera follows the chapters. */
  presenting = $state(false);
  /** The Symbols toggle: unit symbols on the map (and in exports), or the arrows alone. */
  showSymbols = $state(true);
  /**
   * The chapter being briefed (by id), set by chapter navigation or a deep link; while set, the camera is
   * the chapter camera at t. Cleared when the user scrubs or pans by hand outside presenter mode.
   */
  chapter: string | undefined = $state();
  /**
   * The camera is the user's (they panned or zoomed, or a link or script set a view): outside a chapter the map
   * then stays where they put it. Otherwise it shows the scenario's default view, framed around the furniture.
   */
  freeCamera = $state(false);
  /**
   * The camera on screen. The state owns it and the map is told it: a framing (chapter, default view), a link
   * or a script writes it here, and a hand on the map writes back where it put the map (ScreenScene).
   */
  camera: Camera = $state.raw() as unknown as Camera;
  /** The legend's form on screen: `auto` lets the layout collapse it when space is short. */
  legendForm: 'auto' | 'expanded' | 'collapsed' = $state('auto');

  /** The scenario folder as loaded, so "Export scenario" writes back exactly what is in view. */
  files: ScenarioFiles = $state.raw({});
  /** Counts scenarios opened: the map frames each newly opened one from its default view (an edit is not one). */
  opened = $state(0);
  /** The editor's draft last shown (left by Done, or reopened after a reload): Edit opens it, not a copy. */
  draftInView: { id: string; files: ScenarioFiles } | undefined = $state.raw();
  /** A link's time outside the scenario's range, ignored (not clamped) and said so until dismissed. */
  ignoredLinkTime: number | undefined = $state();
  /** Compare (issue #24): a second moment shown beside t, split or swiped; null when not comparing. */
  compare: CompareSpec | null = $state(null);
  /** Where the swipe's divider is, as a share of the map's width from its left edge. */
  compareDivider = $state(0.5);

  constructor(scenario: Scenario, files: ScenarioFiles = {}) {
    this.scenario = scenario;
    this.files = files;
    this.t = scenario.initialTime;
    this.camera = scenario.defaultView;
  }

  /** Puts a newly loaded scenario in view; only called once it has loaded, so nothing is ever half-replaced. */
  replaceScenario(scenario: Scenario, files: ScenarioFiles): void {
    this.playing = false;
    this.scenario = scenario;
    this.files = files;
    this.t = scenario.initialTime;
    this.chapter = undefined;
    this.freeCamera = false;
    // The compared moment belonged to the scenario that was in view.
    this.compare = null;
    this.opened++;
  }

  /**
   * The scenario editor's preview (issue #12): the draft as it now stands. Keeps t (within the new range),
   * the camera and playback, so each edit shows at once what will play.
   */
  showDraft(scenario: Scenario, files: ScenarioFiles): void {
    this.scenario = scenario;
    this.files = files;
    // The camera stays where the editor has it: the default view's framing must not move it at each edit.
    this.freeCamera = true;
    this.setTime(this.t);
  }

  /** Sets t inside the scenario's range and returns what was set. */
  setTime(t: number): number {
    const clamped = Math.min(this.scenario.end, Math.max(this.scenario.start, t));
    this.t = clamped;
    return clamped;
  }
}
