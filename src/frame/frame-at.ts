import type { MovementFeature, Scenario, ScenarioFeature } from '../model/scenario';
import { stepFrom } from './track';
import type { LonLat } from '../model/geo';

export interface MovementState {
  feature: MovementFeature;
  /** `moving` until the last vertex's time, then `done` (the finished arrow stays on the map). */
  status: 'moving' | 'done';
  head: LonLat;
  /** Index of the last vertex behind the head; the trail is vertices 0..index then the head. */
  index: number;
  /** Distance travelled along the line, km. */
  km: number;
  /** Share of the line travelled, 0–1. */
  progress: number;
}

export interface FeatureState {
  feature: ScenarioFeature;
  /** Milliseconds since the feature appeared (its time or window start); Infinity for timeless features. */
  age: number;
  /** For windows: t lies inside [start, end]. For instants: t is the instant or later and within the window of 0. */
  inWindow: boolean;
  /** Side holding the place at t, from its control changes; undefined when it has none yet. */
  controller?: string;
}

/** Everything visible at `t`: a pure function of the scenario and `t`, so any frame can be reproduced. */
export interface Frame {
  t: number;
  movements: MovementState[];
  /** Events, strikes and clashes that have begun by t. */
  events: FeatureState[];
  /** Places and areas present at t. */
  places: FeatureState[];
}

function controllerAt(feature: ScenarioFeature, t: number): string | undefined {
  let side: string | undefined;
  for (const change of feature.control) {
    if (change.time > t) break;
    side = change.side;
  }
  return side;
}

export function frameAt(scenario: Scenario, t: number): Frame {
  const movements: MovementState[] = [];
  const list = scenario.movements;
  const { offsets, times, cumKm, lon, lat, segBearing, totalKm } = scenario.packed;
  for (let m = 0; m < list.length; m++) {
    const first = offsets[m] as number;
    const last = (offsets[m + 1] as number) - 1;
    if (last < first || t < (times[first] as number)) continue;
    const feature = list[m] as MovementFeature;
    const total = totalKm[m] as number;
    if (t >= (times[last] as number)) {
      movements.push({
        feature,
        status: 'done',
        head: [lon[last] as number, lat[last] as number],
        index: last - first,
        km: total,
        progress: 1,
      });
      continue;
    }
    // Last vertex with time <= t; the one after it has a later time, so the division below is safe.
    let lo = first;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((times[mid] as number) <= t) lo = mid;
      else hi = mid - 1;
    }
    const k0 = cumKm[lo] as number;
    const km =
      k0 +
      ((t - (times[lo] as number)) / ((times[lo + 1] as number) - (times[lo] as number))) *
        ((cumKm[lo + 1] as number) - k0);
    movements.push({
      feature,
      status: 'moving',
      head: stepFrom(lon[lo] as number, lat[lo] as number, segBearing[lo] as number, km - k0),
      index: lo - first,
      km,
      progress: total > 0 ? km / total : 1,
    });
  }
  const events: FeatureState[] = [];
  const places: FeatureState[] = [];
  for (const feature of scenario.timed) {
    // `timed` is sorted by appearance, so everything after this one appears later still.
    if (feature.appears > t) break;
    const state: FeatureState = {
      feature,
      age: t - feature.appears,
      inWindow: t <= feature.until,
      controller: controllerAt(feature, t),
    };
    if (feature.kind === 'place' || feature.kind === 'area') places.push(state);
    else events.push(state);
  }
  return { t, movements, events, places };
}
