import along from '@turf/along';
import distance from '@turf/distance';
import { lineString } from '@turf/helpers';
import type { Feature, LineString } from 'geojson';
import type { Scenario } from '../src/model/scenario';

/** What the naive renderer keeps per movement: the turf line, its vertex times, and km to each vertex. */
export interface NaiveMovement {
  line: Feature<LineString>;
  times: number[];
  cumKm: number[];
}

/**
 * Built outside the timed loop, from the raw GeoJSON and coordTimes rather than from the engine's Track, so
 * the agreement check compares two independent computations.
 */
export function prepareNaive(scenario: Scenario): NaiveMovement[] {
  return scenario.movements.map((m) => {
    const coords = (m.geometry as LineString).coordinates.map((p) => [p[0] as number, p[1] as number]);
    const cumKm = [0];
    for (let i = 1; i < coords.length; i++) {
      cumKm.push(
        (cumKm[i - 1] as number) +
          distance(coords[i - 1] as number[], coords[i] as number[], { units: 'kilometers' }),
      );
    }
    return {
      line: lineString(coords),
      times: (m.props.coordTimes ?? []).map((s) => Date.parse(s)),
      cumKm,
    };
  });
}

/**
 * The baseline the issue compares against: find the time segment by linear scan, interpolate the distance,
 * then let turf.along walk the line (one geodesic distance per vertex passed) to place the head.
 */
export function naiveHeads(movements: readonly NaiveMovement[], t: number): ([number, number] | null)[] {
  const out: ([number, number] | null)[] = new Array(movements.length);
  for (let m = 0; m < movements.length; m++) {
    const { line, times, cumKm } = movements[m] as NaiveMovement;
    const n = times.length;
    if (n === 0 || t < (times[0] as number)) {
      out[m] = null;
      continue;
    }
    // Same rule as the engine: the last vertex with time <= t, so a repeated timestamp jumps to the later vertex.
    let i = 0;
    while (i < n - 1 && (times[i + 1] as number) <= t) i++;
    const km =
      i === n - 1
        ? (cumKm[n - 1] as number)
        : (cumKm[i] as number) +
          ((t - (times[i] as number)) / ((times[i + 1] as number) - (times[i] as number))) *
            ((cumKm[i + 1] as number) - (cumKm[i] as number));
    const c = along(line, km, { units: 'kilometers' }).geometry.coordinates;
    out[m] = [c[0] as number, c[1] as number];
  }
  return out;
}
