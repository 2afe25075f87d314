import type { LoadError } from '../scenario/load-error';
import type { Chapter, Scenario } from '../model/scenario';
import type { Limits } from './limits';
import type { ImportNote, NoteList } from './notes';

/** One file handed to the importer: its path as picked (`kidal/scenario.json`, `x.zip`, …) and its bytes. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

/** How far an import has got: bytes of a file read, or features checked. */
export interface ImportProgress {
  phase: 'reading' | 'converting' | 'validating' | 'building';
  /** The input file being read or converted. */
  file?: string;
  done: number;
  total: number;
  unit: 'bytes' | 'features';
}

export interface ImportReport {
  /** Features (or ACLED events) that made it into the scenario. */
  loaded: number;
  /** Of those, the static context features (roads, boundaries, untimed places). */
  context: number;
  /** What to call them: ACLED rows are events, anything else features. */
  noun: 'events' | 'features';
  /** Every problem with what was dropped: rejected features and rows, skipped files. */
  rejected: LoadError[];
  /** Problems of features drawn all the same (see buildFeature's `drawable`): listed, never silent. */
  flawed?: LoadError[];
  /** What loaded, but not as the file said: zones assumed, tracks simplified, foreign properties kept. */
  notes: ImportNote[];
  /**
   * ORBAT Mapper events that could be the scenario's chapters, when the import did not make them so: the
   * manifest with them and the chapters themselves, validated, to swap in if the user wishes.
   */
  chapterOffer?: { count: number; manifest: string; chapters: Chapter[] };
}

export type ImportResult =
  | {
      ok: true;
      scenario: Scenario;
      /** The scenario folder `loadScenario` accepted (scenario.json + GeoJSON + source texts), for export. */
      files: Record<string, string>;
      report: ImportReport;
    }
  | { ok: false; errors: LoadError[]; notes: ImportNote[] };

export type XmlParser = (text: string) => Document;

export interface ImportOptions {
  /** Parses KML text; defaults to @xmldom/xmldom, which works in a worker as in the browser and node. */
  parseXml?: XmlParser;
  /** Overrides of the default limits (tests use small ones). */
  limits?: Partial<Limits>;
  /** Clock for a scenario whose data has no time at all (its range is then the day of `now`). */
  now?: () => number;
  /** Called as the import goes (every file, every few thousand features). */
  onProgress?: (progress: ImportProgress) => void;
  /** ORBAT Mapper: make the scenario's events its chapters too. */
  eventsAsChapters?: boolean;
}

/** What every step of one import shares. */
export interface ImportRun {
  limits: Limits;
  notes: NoteList;
  progress: (progress: ImportProgress) => void;
  parseXml: XmlParser;
  eventsAsChapters: boolean;
}
