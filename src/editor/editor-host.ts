import type { Lang } from '../i18n/localize';
import type { Scenario } from '../model/scenario';
import type { ScenarioFiles } from '../scenario/load';

/**
 * What the editor needs of the app it runs in (the app's AppState is one): the scenario in view and where t
 * stands, to preview each edit and to open a draft. Declared here so the editor does not depend on the app.
 */
export interface EditorHost {
  readonly scenario: Scenario;
  readonly files: ScenarioFiles;
  readonly t: number;
  readonly lang: Lang;
  /** Counts scenarios opened; an edit is not one. */
  readonly opened: number;
  /** Opens a scenario: framed from its default view, t at its start. */
  replaceScenario(scenario: Scenario, files: ScenarioFiles): void;
  /** Shows the draft as it now stands, keeping t and the camera. */
  showDraft(scenario: Scenario, files: ScenarioFiles): void;
  setTime(t: number): number;
}

/** Saves bytes as a download (the app's own way of doing it). */
export type Download = (bytes: Uint8Array, filename: string, type: string) => void;
