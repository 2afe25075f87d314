import type { FeatureKind } from '../model/schema';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import type { Interval } from './night';

/** A dated fact on the timeline: a tick for an instant, a band for a fact known only to a window. */
export interface EventMark {
  feature: ScenarioFeature;
  start: number;
  end: number;
  band: boolean;
  /** Row of the bar it is drawn in, so overlapping marks stay clickable. */
  lane: number;
}

/** Colours by kind (Okabe–Ito, readable for colour-blind viewers and on both themes). */
export const KIND_COLOURS: Partial<Record<FeatureKind, string>> = {
  strike: '#CC79A7',
  clash: '#E69F00',
  event: '#56B4E9',
};

const dated = new WeakMap<Scenario, ScenarioFeature[]>();

/** Events, strikes and clashes with a time, in time order; one list per scenario (the same array each call). */
export function datedEvents(scenario: Scenario): ScenarioFeature[] {
  let list = dated.get(scenario);
  if (!list) {
    list = scenario.timed.filter((f) => f.kind in KIND_COLOURS && Number.isFinite(f.appears));
    dated.set(scenario, list);
  }
  return list;
}

/** Index of the first of `events` (sorted by `appears`) that appears at or after t. */
export function firstFrom(events: readonly ScenarioFeature[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as ScenarioFeature).appears < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Above this many dated facts in view the timeline draws a density strip instead of one mark each. */
export const MARKS_MAX = 400;

/** The kinds of the strip's rows, top to bottom. */
export const STRIP_KINDS = ['event', 'strike', 'clash'] as const;

/** Dated facts counted per pixel column and kind over a range: what the density strip draws. */
export interface EventDensity {
  columns: number;
  /** counts[row * columns + column], rows in `STRIP_KINDS` order. */
  counts: Uint32Array;
  /** Facts in the range, and the largest count of one column and kind. */
  total: number;
  max: number;
}

/** How many dated facts start within `range` (O(log n)): whether marks or a strip are drawn. */
export function countInRange(scenario: Scenario, range: Interval): number {
  const events = datedEvents(scenario);
  return firstFrom(events, range.end + 1) - firstFrom(events, range.start);
}

/**
 * Dated facts by column and kind, counted where each starts: O(log n + k) for the k facts in range, so a
 * timeline of 100,000 events redraws in a few milliseconds. A window counts where it begins.
 */
export function eventDensity(scenario: Scenario, range: Interval, columns: number): EventDensity {
  const n = Math.max(1, Math.floor(columns));
  const counts = new Uint32Array(n * STRIP_KINDS.length);
  const events = datedEvents(scenario);
  const span = Math.max(1, range.end - range.start);
  let total = 0;
  let max = 0;
  for (let i = firstFrom(events, range.start); i < events.length; i++) {
    const f = events[i] as ScenarioFeature;
    if (f.appears > range.end) break;
    const row = STRIP_KINDS.indexOf(f.kind as (typeof STRIP_KINDS)[number]);
    if (row < 0) continue;
    const column = Math.min(n - 1, Math.floor(((f.appears - range.start) / span) * n));
    const k = row * n + column;
    const c = (counts[k] as number) + 1;
    counts[k] = c;
    if (c > max) max = c;
    total++;
  }
  return { columns: n, counts, total, max };
}

/** What one column of the strip holds, for its tooltip: the time span and the count of each kind. */
export function densityAt(
  density: EventDensity,
  range: Interval,
  column: number,
): { start: number; end: number; byKind: Record<(typeof STRIP_KINDS)[number], number> } {
  const c = Math.max(0, Math.min(density.columns - 1, Math.floor(column)));
  const width = (range.end - range.start) / density.columns;
  const byKind = Object.fromEntries(
    STRIP_KINDS.map((k, row) => [k, density.counts[row * density.columns + c] as number]),
  ) as Record<(typeof STRIP_KINDS)[number], number>;
  return { start: range.start + c * width, end: range.start + (c + 1) * width, byKind };
}

/**
 * Marks visible in `range` drawn `widthPx` wide, each in the first of `lanes` rows where it does not touch
 * the one before it (`minPx` is a mark's drawn width at least); when every row is taken, the last row.
 */
export function eventMarks(
  scenario: Scenario,
  range: Interval,
  widthPx: number,
  lanes = 3,
  minPx = 6,
): EventMark[] {
  const msPerPx = (range.end - range.start) / Math.max(1, widthPx);
  const laneEnds: number[] = Array(lanes).fill(-Infinity);
  const out: EventMark[] = [];
  for (const feature of datedEvents(scenario)) {
    const start = feature.appears;
    // In time order: nothing after the range's end can be in it.
    if (start > range.end) break;
    const end = feature.until;
    if (end < range.start || start > range.end) continue;
    const drawnEnd = Math.max(end, start + minPx * msPerPx);
    let lane = laneEnds.findIndex((e) => e < start);
    if (lane < 0) lane = lanes - 1;
    laneEnds[lane] = drawnEnd;
    out.push({ feature, start, end, band: feature.windowed && end > start, lane });
  }
  return out;
}
