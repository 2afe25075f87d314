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

/** Events, strikes and clashes with a time, in time order. */
export function datedEvents(scenario: Scenario): ScenarioFeature[] {
  return scenario.timed.filter((f) => f.kind in KIND_COLOURS && Number.isFinite(f.appears));
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
