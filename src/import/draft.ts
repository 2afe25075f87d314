import type { ChapterSpec } from '../model/schema';
import type { LoadError } from '../scenario/load-error';
import type { DraftSource } from './catalog';

/**
 * What a manifest-less input (GeoJSON, KML/GPX, ACLED CSV, ORBAT Mapper) turns into before validation:
 * features in the scenario format, plus what it knows about the sides and sources they refer to.
 */
export interface Draft {
  /** The input file's path, for messages and the synthesized title. */
  input: string;
  /** Raw GeoJSON features in the scenario format, still to be validated one by one. */
  features: unknown[];
  /** Per feature, what errors should call it instead of its id (`row 12` for CSV rows). */
  origins?: string[];
  /** Display names of side ids (ACLED actor names); sides without one are named by their id. */
  sideNames: Map<string, string>;
  /** Colours the file gives its sides (ORBAT Mapper), by side id. */
  sideColors?: Map<string, string>;
  /** Sources the input itself defines (ACLED `source` values, a track file). */
  sources: DraftSource[];
  /** Problems found while converting: rows and features that never became features. */
  rejected: LoadError[];
  /** What to call the features in the summary line. */
  noun: 'events' | 'features';
  /** The scenario's title and description when the file names itself (a KML Document, an ORBAT scenario). */
  title?: string;
  description?: string;
  /** The zone the file's own times are meant in (ORBAT Mapper's `timeZone`). */
  timeZone?: string;
  /** Times that belong in the scenario's range besides its features' (ORBAT Mapper's `startTime`). */
  rangeTimes?: number[];
  /** Chapters the file makes (ORBAT Mapper events, when asked for). */
  chapters?: ChapterSpec[];
  /** Chapters the file could make, offered to the user. */
  chapterOffer?: ChapterSpec[];
}
