import distance from '@turf/distance';
import type { LonLat } from '../../model/geo';

/**
 * Vertex times for a movement drawn at `start` that takes `durationMs`: spread by ground distance, so the
 * head keeps one speed along the whole line. A line of zero length spreads evenly by vertex instead.
 */
export function spreadTimes(coords: readonly LonLat[], start: number, durationMs: number): number[] {
  if (!Number.isFinite(start) || !Number.isFinite(durationMs) || durationMs < 0)
    throw new RangeError(`spreadTimes needs a finite start and a duration ≥ 0 (got ${start}, ${durationMs})`);
  if (coords.length === 0) return [];
  const cumulative = [0];
  for (let i = 1; i < coords.length; i++)
    cumulative.push(
      (cumulative[i - 1] as number) +
        distance(coords[i - 1] as LonLat, coords[i] as LonLat, { units: 'meters' }),
    );
  const total = cumulative.at(-1) as number;
  const last = Math.max(coords.length - 1, 1);
  // Whole seconds: the times are written as ISO strings and edited in inputs with second precision at most.
  return cumulative.map(
    (d, i) => Math.round((start + durationMs * (total > 0 ? d / total : i / last)) / 1000) * 1000,
  );
}

/** ISO 8601 UTC without milliseconds, the form the scenario files use. */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
