import type { Geometry } from 'geojson';
import type {
  FeatureKind,
  FeatureProperties,
  LocalizedText,
  Perspective,
  SideSpec,
  SourceSpec,
} from './schema';
import type { PackedTracks, Track } from './track';
import type { Camera } from './camera';

/** A validated feature with its times parsed to epoch ms. */
export interface ScenarioFeature {
  id: string;
  kind: FeatureKind;
  /** File it came from, relative to the scenario folder. */
  file: string;
  geometry: Geometry;
  props: FeatureProperties;
  /** When the feature appears (its `time`, `start` or first vertex time); -Infinity when timeless. */
  appears: number;
  /**
   * End of its time window (`end` or last vertex time); equal to `appears` for an instant. Context stays
   * once shown: Infinity unless it has an `end`.
   */
  until: number;
  /** True when the feature is known only to a window (`start`/`end`), not an instant. */
  windowed: boolean;
  /** Control changes sorted by time, epoch ms. */
  control: { time: number; side: string }[];
  /**
   * For context: each vertex's Douglas–Peucker significance (metres) per line and per polygon ring, in
   * geometry order, so the map can draw a large road network at the detail the zoom shows without
   * simplifying it again each time. Prepared with the feature (in the importer's worker for an import).
   */
  detail?: LineDetail;
}

export interface LineDetail {
  paths: Float64Array[];
  polygons: Float64Array[][];
}

export interface MovementFeature extends ScenarioFeature {
  kind: 'movement';
  track: Track;
}

/** A briefing chapter with its times parsed to epoch ms. */
export interface Chapter {
  id: string;
  title: LocalizedText;
  caption: LocalizedText;
  start: number;
  end: number;
  camera: Camera;
  /** Scenario milliseconds per real second while the chapter plays; undefined for the app's speed. */
  pace?: number;
}

/** A scenario that passed validation: what `frameAt` and the renderer read. */
export interface Scenario {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  timeZone: string;
  start: number;
  end: number;
  initialTime: number;
  defaultView: Camera;
  sides: SideSpec[];
  sideById: ReadonlyMap<string, SideSpec>;
  sources: SourceSpec[];
  sourceById: ReadonlyMap<string, SourceSpec>;
  features: ScenarioFeature[];
  movements: MovementFeature[];
  /** The movements' tracks packed for `frameAt`, in the order of `movements`. */
  packed: PackedTracks;
  /** Every campaign feature but movements, sorted by `appears`, so a frame can stop scanning at `t`. */
  timed: ScenarioFeature[];
  /** Static context (roads, boundaries, untimed places), in file order: drawn under the campaign. */
  context: ScenarioFeature[];
  /** Briefing chapters in time order; empty when the scenario has none. */
  chapters: Chapter[];
  /** Whose point of view unit symbols take; absent means neutral. */
  perspective?: Perspective;
  /**
   * Set when the manifest has no `defaultView` (every import of files that bring none): [west, south, east,
   * north] of all the features (east past 180 across the antimeridian). The scenario then opens framed on all
   * of them at the frame's own size, around its furniture; `defaultView` is their fit on a 1920×1080 screen.
   */
  featureExtent?: [number, number, number, number];
}
