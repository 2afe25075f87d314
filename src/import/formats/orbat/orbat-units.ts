import distance from '@turf/distance';
import { isoOf } from '../time-formats';

// ORBAT Mapper's units: a unit has a starting `location` and time-stamped `state[]` entries, each with the
// location it reaches at `t` and optionally the `via` points it passes on the way (from `viaStartTime`, or
// from the previous state). Sandtable's movement is that: vertices with a time each.

type Position = number[];

export interface OrbatState {
  t?: unknown;
  location?: unknown;
  via?: unknown;
  viaStartTime?: unknown;
  title?: unknown;
  subTitle?: unknown;
  description?: unknown;
}

export interface OrbatUnit {
  id?: unknown;
  name?: unknown;
  shortName?: unknown;
  sidc?: unknown;
  description?: unknown;
  location?: unknown;
  state?: unknown;
  subUnits?: unknown;
  [key: string]: unknown;
}

export const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number';

const isTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t);

/** A unit's path as vertices and times (epoch ms), in time order. */
export interface UnitPath {
  coords: Position[];
  times: number[];
  /** Its first position came from a state (so it appears then), not from the unit's own `location`. */
  fromState?: boolean;
  /** A `location: null` state took it off the map after it had been placed: the path ends there. */
  leaves?: boolean;
}

/**
 * The unit's positions over time: its `location` at the scenario's start, then each located state in time
 * order, reached through its `via` points at constant ground speed (Sandtable's model between vertices).
 * A state with `location: null` takes the unit off the map: the path ends there, and a later located state
 * (a unit withdrawn, then back) starts another path, so one unit can have several.
 */
export function unitPaths(unit: OrbatUnit, startTime: number | undefined): UnitPath[] {
  const states = (Array.isArray(unit.state) ? (unit.state as OrbatState[]) : [])
    .filter((s) => s && isTime(s.t))
    .sort((a, b) => (a.t as number) - (b.t as number));
  const paths: UnitPath[] = [];
  let path: UnitPath = { coords: [], times: [], fromState: true };
  const firstT = states.find((s) => isPosition(s.location))?.t as number | undefined;
  if (isPosition(unit.location)) {
    // Undated (no start, no dated state): there throughout, with no time of its own.
    const t = startTime ?? firstT;
    path.coords.push(unit.location.slice(0, 2));
    if (t !== undefined) path.times.push(Math.min(t, firstT ?? t));
    path.fromState = false;
  }
  for (const s of states) {
    if (s.location === null) {
      // Off the map from here (ORBAT Mapper hides it); a null before any position changes nothing.
      if (!path.coords.length) continue;
      paths.push({ ...path, leaves: true });
      path = { coords: [], times: [], fromState: true };
      continue;
    }
    if (!isPosition(s.location)) continue;
    reach(path, s, s.location);
  }
  if (path.coords.length) paths.push(path);
  return paths;
}

/** Moves the path on to `to` at the state's time, through its `via` points, leaving at `viaStartTime`. */
function reach(path: UnitPath, s: OrbatState, to: Position): void {
  const { coords, times } = path;
  const t = s.t as number;
  const via = Array.isArray(s.via) ? s.via.filter(isPosition) : [];
  const prev = coords[coords.length - 1];
  const prevT = times[times.length - 1];
  if (prev && prevT !== undefined) {
    // ORBAT Mapper keeps the unit where it was until `viaStartTime` (with or without via points).
    const depart =
      isTime(s.viaStartTime) && s.viaStartTime > prevT && s.viaStartTime < t ? s.viaStartTime : prevT;
    if (depart > prevT) {
      coords.push(prev);
      times.push(depart);
    }
    const legs = [prev, ...via, to];
    const km = legs.slice(1).map((p, i) => distance(legs[i] as Position, p, { units: 'kilometers' }));
    const total = km.reduce((a, b) => a + b, 0);
    let run = 0;
    via.forEach((p, i) => {
      run += km[i] as number;
      coords.push(p.slice(0, 2));
      times.push(Math.round(depart + (total > 0 ? run / total : (i + 1) / (via.length + 1)) * (t - depart)));
    });
  }
  coords.push(to.slice(0, 2));
  times.push(t);
}

/** Where the unit is at `t` along its path (its first or last position outside it). */
export function positionAt(path: UnitPath, t: number): Position | undefined {
  const { coords, times } = path;
  if (!coords.length) return undefined;
  if (t <= (times[0] as number)) return coords[0];
  for (let i = 1; i < coords.length; i++) {
    const t1 = times[i] as number;
    if (t <= t1) {
      const t0 = times[i - 1] as number;
      const f = t1 > t0 ? (t - t0) / (t1 - t0) : 1;
      const a = coords[i - 1] as Position;
      const b = coords[i] as Position;
      return [
        (a[0] as number) + f * ((b[0] as number) - (a[0] as number)),
        (a[1] as number) + f * ((b[1] as number) - (a[1] as number)),
      ];
    }
  }
  return coords[coords.length - 1];
}

/** Vertex times as the scenario format writes them. */
export const isoTimes = (times: readonly number[]) => times.map(isoOf);

/** Where a unit with several paths is at `t`: on the path under way then, or where the last one before it ended. */
export function positionOnPaths(paths: readonly UnitPath[], t: number): Position | undefined {
  let best = paths[0];
  for (const p of paths) if ((p.times[0] as number) <= t) best = p;
  return best && positionAt(best, t);
}

/**
 * The lists of units ORBAT Mapper has written under a side, a group or a unit: `subUnits`, and `units` in
 * groups of files before 0.6. A side's `units` of later files are root-unit templates (`rootUnitName`), not
 * units: only entries with a name or a symbol count.
 */
export function unitLists(node: Record<string, unknown>): unknown[] {
  const isUnit = (u: unknown) =>
    !!u &&
    typeof u === 'object' &&
    !('rootUnitName' in u) &&
    (typeof (u as OrbatUnit).name === 'string' || typeof (u as OrbatUnit).sidc === 'string');
  return [node.subUnits, node.units].flatMap((list) => (Array.isArray(list) ? list.filter(isUnit) : []));
}
