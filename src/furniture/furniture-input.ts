import type { Theme } from '../model/theme';
import type { LegendEntry } from '../cartography/legend-entry';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import type { Lang } from '../i18n/localize';
import type { ChapterCard } from './caption';
import type { LegendForm } from './legend';
import type { InsetView } from './inset-choice';

/** What a user or an export asks of the legend; the layout picks the `LegendForm` that fits. */
export type LegendChoice = 'auto' | 'full' | Exclude<LegendForm, 'explained'>;

/** The pieces of furniture; each can be switched off (e.g. a clean still for a slide that has its own title). */
export type FurnitureElement =
  'title' | 'legend' | 'note' | 'scale' | 'north' | 'inset' | 'attribution' | 'caption' | 'progress';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Everything the furniture is drawn from. Nothing else is read, so a frame exported later is identical to
 * what was on screen for the same input.
 */
export interface FurnitureInput {
  /** Frame size in CSS px; the canvas is this times the pixel ratio it is drawn at. */
  width: number;
  height: number;
  theme: Theme;
  lang: Lang;
  title: string;
  /** Already formatted, e.g. "13 November 2023, 14:00 GMT". */
  timeLabel: string;
  subtitle?: string;
  /** The camera: [lon, lat]. */
  center: [number, number];
  zoom: number;
  /** Degrees clockwise from north, as MapLibre reports it. */
  bearing: number;
  /** Visible map bounds [[west, south], [east, north]], for the inset's red rectangle. */
  bounds: [[number, number], [number, number]];
  /** The inset's window and the countries under the action (`scenarioInset`); absent: an empty inset. */
  inset?: InsetView;
  /** Only what is on the map at t: the caller decides. */
  legend: LegendEntry[];
  /**
   * `auto` (default): expanded where it fits, collapsed where space is short. `expanded` or `collapsed`: the
   * user's choice; `full`: every entry explained in a sentence (an export's option). A form that cannot fit
   * anywhere gives way to the next smaller one, down to collapsed.
   */
  legendForm?: LegendChoice;
  /** The credits in full, and in one line ("… + 12 sources") for frames too small for them. */
  /** The unit symbols' atlas, for legend swatches of type `symbol`. */
  symbols?: SymbolAtlas;
  attribution: string;
  attributionShort: string;
  /** Said above the credits when the camera is past the basemap's detail ("base map detail ends at …"). */
  detailNotice?: string;
  uncertaintyNote?: string;
  /** Presenter mode: the chapter card and the progress dots are part of the layout. */
  chapter?: ChapterCard;
  /** Screen box of the action (what is active at t): the layout keeps furniture off it where it can. */
  avoid?: Rect | null;
  /**
   * Where each piece stood in the previous chapter's frame (by `FurnitureKind`): a piece goes back to that
   * corner when it is still free and clear of the action, rather than to its usual one.
   */
  previous?: Readonly<Partial<Record<string, Rect>>>;
  /** Missing keys mean shown. */
  show?: Partial<Record<FurnitureElement, boolean>>;
}

/** Width in CSS px of `text` set in the canvas `font`; injectable so layout is testable without a canvas. */
export type Measure = (text: string, font: string) => number;

export function isShown(input: FurnitureInput, element: FurnitureElement): boolean {
  return input.show?.[element] ?? true;
}

/** The layout unit: 1 at 1080p, so a 720p screen and a 2160p export look proportionally the same. */
export function layoutUnit(width: number, height: number): number {
  return Math.min(4, Math.max(0.6, Math.min(width, height) / 1080));
}
