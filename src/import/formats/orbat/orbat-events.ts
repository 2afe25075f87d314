import type { Camera } from '../../../model/camera';
import type { ChapterSpec } from '../../../model/schema';
import { isPosition, positionAt, type UnitPath } from './orbat-units';
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
  /** Its `where` geometry's first position, or where the first unit it names is at its time. */
  at?: number[];
}

function firstPosition(coords: unknown): number[] | undefined {
  let node = coords;
  while (Array.isArray(node) && !isPosition(node)) node = node[0];
  return isPosition(node) ? node : undefined;
}

/** The scenario's `events[]` in time order, each placed when it can be. */
export function orbatEvents(doc: Props, paths: ReadonlyMap<string, UnitPath>): OrbatEvent[] {
  const events = (Array.isArray(doc.events) ? (doc.events as Props[]) : [])
    .filter((e) => e && typeof e.startTime === 'number' && Number.isFinite(e.startTime))
    .sort((a, b) => (a.startTime as number) - (b.startTime as number));
  return events.map((raw, i) => {
    const t = raw.startTime as number;
    const where = raw.where as Props | undefined;
    const g = where?.geometry as { coordinates?: unknown } | undefined;
    let at: number[] | undefined;
    if (where?.type === 'geometry' && g) at = firstPosition(g.coordinates);
    else if (where?.type === 'units' && Array.isArray(where.units))
      for (const u of where.units) {
        const p = paths.get(String(u));
        at = p && positionAt(p, t);
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
