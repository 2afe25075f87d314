import type { Camera } from '../../../model/camera';
import type { ChapterSpec } from '../../../model/schema';
import { isPosition, positionOnPaths, type UnitPath } from './orbat-units';
import { slugify, type IdPool } from '../../text';
import { isoOf } from '../time-formats';

type Props = Record<string, unknown>;

const HOUR = 3_600_000;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** An ORBAT Mapper scenario event with where it happened, when that can be told. */
export interface OrbatEvent {
  raw: Props;
  t: number;
  title: string;
  /** The middle of its `where` geometry, or where the first unit it names is at its time. */
  at?: number[];
}

/**
 * The middle of a `where` geometry's extent: a point is itself, an area or a front its centre (its first
 * vertex would be a corner). ORBAT Mapper writes `{type: "Circle", center}` too; a GeoJSON Feature or
 * FeatureCollection (as other tools write) is read through its geometries.
 */
function middleOf(g: Props) {
  if (isPosition(g.center)) return g.center.slice(0, 2);
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const stack: unknown[] = [g];
  while (stack.length) {
    const node = stack.pop();
    if (isPosition(node)) {
      box[0] = Math.min(box[0]!, node[0]!);
      box[1] = Math.min(box[1]!, node[1]!);
      box[2] = Math.max(box[2]!, node[0]!);
      box[3] = Math.max(box[3]!, node[1]!);
    } else if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const sub = node as Props;
      stack.push(sub.coordinates, sub.center, sub.geometry, sub.geometries, sub.features);
    }
  }
  return Number.isFinite(box[0]) ? [(box[0]! + box[2]!) / 2, (box[1]! + box[3]!) / 2] : undefined;
}

/** The scenario's `events[]` in time order, each placed when it can be. */
export function orbatEvents(doc: Props, paths: ReadonlyMap<string, readonly UnitPath[]>): OrbatEvent[] {
  const events = (Array.isArray(doc.events) ? (doc.events as Props[]) : [])
    .filter((e) => e && typeof e.startTime === 'number' && Number.isFinite(e.startTime))
    .sort((a, b) => (a.startTime as number) - (b.startTime as number));
  return events.map((raw, i) => {
    const t = raw.startTime as number;
    const where = raw.where as Props | undefined;
    let at: number[] | undefined;
    if (where?.type === 'geometry' && where.geometry && typeof where.geometry === 'object')
      at = middleOf(where.geometry as Props);
    // A bare GeoJSON geometry or feature in place of ORBAT Mapper's `{type: "geometry", geometry}`.
    else if (where && typeof where.type === 'string' && where.type !== 'units') at = middleOf(where);
    else if (where?.type === 'units' && Array.isArray(where.units))
      for (const u of where.units) {
        const p = paths.get(String(u));
        at = p && positionOnPaths(p, t);
        if (at) break;
      }
    return { raw, t, title: str(raw.title) ?? `Event ${i + 1}`, ...(at ? { at } : {}) };
  });
}

/**
 * The events as briefing chapters: each runs until the next (the last for an hour, or to the end of the
 * data), captioned with its subtitle and description, framed on its place or on the whole scenario.
 */
export function eventChapters(
  events: readonly OrbatEvent[],
  lastTime: number,
  overview: Camera,
  ids: IdPool,
): ChapterSpec[] {
  return events.map((e, i) => {
    const next = events[i + 1]?.t ?? Math.max(lastTime, e.t + HOUR);
    return {
      id: ids.take(`chapter-${slugify(e.title, String(i + 1))}`),
      title: e.title,
      caption: [str(e.raw.subTitle), str(e.raw.description)].filter(Boolean).join(' — ') || e.title,
      start: isoOf(e.t),
      end: isoOf(next > e.t ? next : e.t + HOUR),
      camera: e.at
        ? { center: [e.at[0] as number, e.at[1] as number], zoom: 9, bearing: 0, pitch: 0 }
        : overview,
    };
  });
}
