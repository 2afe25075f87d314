import type { Frame } from '../../frame/frame-at';
import type { Scenario } from '../../model/scenario';
import type { Theme } from '../../model/theme';
import type { Density } from '../density';
import type { inkFor } from '../ink';
import type { LegendEntry, LegendGroup, RGBA, Swatch } from '../legend-entry';
import { localized, type StringKey } from '../../i18n/strings';
import type { PaintCtx } from './paint';

/** What a mark's legend rule reads: the frame, how it is drawn, and the theme's ink. */
export interface LegendContext {
  scenario: Scenario;
  frame: Frame;
  theme: Theme;
  /** The frame's density (`densityInView`); absent where the caller has none (campaign styling). */
  density?: Density;
  ink: ReturnType<typeof inkFor>;
  /** Events grouped by area: strikes and point events are then the cells' discs, not their own marks. */
  grouped: boolean;
}

/** Where a swatch is drawn: its chip, centre, the ends of a line across it, and the furniture's unit `k`. */
export interface SwatchPlace {
  box: { x: number; y: number; w: number; h: number };
  cx: number;
  cy: number;
  x0: number;
  x1: number;
  k: number;
  /** Sets the line dash scaled by `k` (solid without one). */
  dash: (d?: [number, number]) => void;
}

/** A swatch of one type (`SwatchOf<'halo'>`). */
export type SwatchOf<T extends Swatch['type']> = Extract<Swatch, { type: T }>;

export type SwatchPainter<S extends Swatch> = (ctx: PaintCtx, swatch: S, at: SwatchPlace) => void;

/** Painters by swatch type; `symbol` is drawn from the scenario's atlas by the furniture itself. */
export type SwatchPainters = { [T in Exclude<Swatch['type'], 'symbol'>]: SwatchPainter<SwatchOf<T>> };

/**
 * One kind of mark on the map (a movement arrow, a strike, a corridor…) as a unit: the deck.gl layers that
 * draw it (by id, built in src/layers/), the legend rule that keys it, and the swatches that rule draws. The
 * rule decides with the same predicates the layers draw with, so key and map cannot drift.
 */
export interface Mark {
  id: string;
  /** The ids of the deck.gl layers that draw this mark. */
  layers: readonly string[];
  /** The legend's entries for this mark at t: none when the frame draws nothing in its style. */
  legend: (ctx: LegendContext) => LegendEntry[];
  /** The swatch types this mark owns the drawing of. */
  swatches?: Partial<SwatchPainters>;
}

/** One legend entry in the words of the string tables: a one-word label and its sentence. */
export function entry(
  group: LegendGroup,
  key: string,
  swatch: Swatch,
  word: StringKey,
  explanation: StringKey,
): LegendEntry {
  return { key, group, swatch, label: localized(word), explanation: localized(explanation) };
}

export const withAlpha = ([r, g, b]: RGBA, a: number): RGBA => [r, g, b, a];
