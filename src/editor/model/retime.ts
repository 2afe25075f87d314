import distance from '@turf/distance';
import type { LonLat } from '../../model/geo';

const same = (a: LonLat | undefined, b: LonLat | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/**
 * Where one vertex was inserted into `before` to give `after` (one longer), or -1 when that is not what
 * happened. The first position where the lines differ is the new vertex if the rest follows unchanged.
 */
function insertedAt(before: readonly LonLat[], after: readonly LonLat[]): number {
  if (after.length !== before.length + 1) return -1;
  let i = 0;
  while (i < before.length && same(before[i], after[i])) i++;
  for (let j = i; j < before.length; j++) if (!same(before[j], after[j + 1])) return -1;
  return i;
}

/**
 * Per-vertex values (times, corridor widths) for a line whose vertices changed: a moved vertex keeps its
 * value, a deleted vertex takes its value with it, an inserted one gets the value between its neighbours in
 * proportion to distance (so a head keeps its speed through it). Any other reshaping keeps the first and last
 * values and spreads the rest by distance.
 */
export function carryVertexValues(
  before: readonly LonLat[],
  values: readonly number[],
  after: readonly LonLat[],
): number[] {
  if (values.length !== before.length) return spreadBetween(after, values[0] ?? 0, values.at(-1) ?? 0);
  if (after.length === before.length) return [...values];
  const inserted = insertedAt(before, after);
  if (inserted > 0 && inserted < before.length) {
    const a = after[inserted - 1] as LonLat;
    const m = after[inserted] as LonLat;
    const b = after[inserted + 1] as LonLat;
    const da = distance(a, m);
    const total = da + distance(m, b);
    const va = values[inserted - 1] as number;
    const vb = values[inserted] as number;
    const value = total > 0 ? va + ((vb - va) * da) / total : (va + vb) / 2;
    return [...values.slice(0, inserted), value, ...values.slice(inserted)];
  }
  const removed = insertedAt(after, before);
  if (removed >= 0) return values.filter((_, i) => i !== removed);
  return spreadBetween(after, values[0] ?? 0, values.at(-1) ?? 0);
}

function spreadBetween(coords: readonly LonLat[], first: number, last: number): number[] {
  const cumulative = [0];
  for (let i = 1; i < coords.length; i++)
    cumulative.push((cumulative[i - 1] as number) + distance(coords[i - 1] as LonLat, coords[i] as LonLat));
  const total = cumulative.at(-1) as number;
  const n = Math.max(coords.length - 1, 1);
  return cumulative.map((d, i) => first + (last - first) * (total > 0 ? d / total : i / n));
}
