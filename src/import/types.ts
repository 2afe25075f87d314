import type { LoadError } from '../scenario/load-error';
import type { Scenario } from '../model/scenario';
import type { Limits } from './limits';

/** One file handed to the importer: its path as picked (`kidal/scenario.json`, `x.zip`, …) and its bytes. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

export interface ImportReport {
  /** Features (or ACLED events) that made it into the scenario. */
  loaded: number;
  /** Every problem with what was dropped: rejected features and rows, skipped files. */
  rejected: LoadError[];
  /** One line for the user, e.g. "412 events loaded, 3 rejected: …". */
  summary: string;
}

export type ImportResult =
  | {
      ok: true;
      scenario: Scenario;
      /** The scenario folder `loadScenario` accepted (scenario.json + GeoJSON + source texts), for export. */
      files: Record<string, string>;
      report: ImportReport;
    }
  | { ok: false; errors: LoadError[] };

export interface ImportOptions {
  /**
   * Parses KML/GPX text. The browser passes `(t) => new DOMParser().parseFromString(t, 'text/xml')`;
   * defaults to the global DOMParser when there is one.
   */
  parseXml?: (text: string) => Document;
  /** Overrides of the default limits (tests use small ones). */
  limits?: Partial<Limits>;
  /** Clock for a scenario whose data has no time at all (its range is then the day of `now`). */
  now?: () => number;
}
