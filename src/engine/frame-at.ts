import type { MovementFeature, Scenario, ScenarioFeature } from '../scenario/model';
import { positionAt, type LonLat } from './track';

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
  for (const feature of scenario.movements) {
    const pos = positionAt(feature.track, t);
    if (!pos) continue;
    const total = feature.track.totalKm;
    movements.push({
      feature,
      status: t >= feature.until ? 'done' : 'moving',
      head: pos.position,
      index: pos.index,
      km: pos.km,
      progress: total > 0 ? pos.km / total : 1,
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
