import type { NoteList } from './notes';
import { significance, simplifyToFit } from '../frame/simplify-line';

type Props = Record<string, unknown>;
type Position = number[];

const metres = (m: number) => (m < 10 ? Math.round(m * 10) / 10 : Math.round(m));

/**
 * A movement or context line over the vertex limit, simplified by Douglas–Peucker to fit it: a movement by
 * its synchronized distance (the head's position at each fix's time), with its per-vertex arrays thinned
 * alike; a context line (or each part of a multi-line, at one tolerance) by plain distance. Notes the
 * counts before and after. Undefined for anything else, which stays refused.
 */
export function simplifyLongLine(
  raw: unknown,
  limit: number,
  file: string,
  notes: NoteList,
): { feature: unknown; vertices: number } | undefined {
  const f = raw as { geometry?: { type?: unknown; coordinates?: unknown }; properties?: Props } | null;
  const g = f?.geometry;
  const props = f?.properties ?? {};
  if (!g || !Array.isArray(g.coordinates)) return undefined;
  const id = typeof props.id === 'string' ? props.id : undefined;
  if (g.type === 'LineString') {
    const coords = g.coordinates as Position[];
    const times = Array.isArray(props.coordTimes) ? (props.coordTimes as unknown[]) : undefined;
    const ms =
      times?.length === coords.length ? Float64Array.from(times, (t) => Date.parse(String(t))) : undefined;
    if (ms?.some(Number.isNaN) || !coords.every(Array.isArray)) return undefined;
    const fit = simplifyToFit(significance(coords, ms), limit);
    const pick = <T>(a: readonly T[]) => fit.keep.map((i) => a[i] as T);
    const p: Props = { ...props };
    if (ms && times) p.coordTimes = pick(times);
    if (Array.isArray(props.coordUncertaintyKm) && props.coordUncertaintyKm.length === coords.length)
      p.coordUncertaintyKm = pick(props.coordUncertaintyKm);
    notes.add(
      file,
      ms ? 'noteSimplified' : 'noteSimplifiedLine',
      { before: coords.length, after: fit.keep.length, limit, metres: metres(fit.toleranceM) },
      { feature: id, group: id ?? String(coords.length) },
    );
    return {
      feature: { ...f, geometry: { ...g, coordinates: pick(coords) }, properties: p },
      vertices: fit.keep.length,
    };
  }
  if (g.type === 'MultiLineString' && props.kind === 'context') {
    const parts = g.coordinates as Position[][];
    if (!parts.every((p) => Array.isArray(p) && p.every(Array.isArray))) return undefined;
    const sigs = parts.map((p) => significance(p));
    const all = new Float64Array(sigs.reduce((n, s) => n + s.length, 0));
    let at = 0;
    for (const s of sigs) all.set(s, (at += s.length) - s.length);
    const { toleranceM } = simplifyToFit(all, limit);
    const simplified = parts.map((p, k) =>
      p.filter((_, i) => (sigs[k]?.[i] as number) > toleranceM || toleranceM === 0),
    );
    const before = all.length;
    const after = simplified.reduce((n, p) => n + p.length, 0);
    notes.add(
      file,
      'noteSimplifiedLine',
      { before, after, limit, metres: metres(toleranceM) },
      { feature: id, group: id ?? String(before) },
    );
    return { feature: { ...f, geometry: { ...g, coordinates: simplified } }, vertices: after };
  }
  return undefined;
}
