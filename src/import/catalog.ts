import type { SideSpec, SourceSpec } from '../model/schema';
import { isId } from './text';
import { both } from '../i18n/strings';

/** Okabe–Ito, the usual colour-blind-safe set, without black (kept for text and outlines). */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'] as const;

export const UNKNOWN_SIDE: SideSpec = {
  id: 'unknown',
  name: both('saidUnknown'),
  color: '#999999',
};

/** A source whose publication date is filled in once the data's time range is known. */
export type DraftSource = Omit<SourceSpec, 'date'> & { date?: string };

/** Side ids seen in the data, with a display name and how often each is used. */
export class SideTally {
  private readonly seen = new Map<string, { name: string; count: number }>();

  add(id: string, name: string = id): void {
    const entry = this.seen.get(id);
    if (entry) entry.count++;
    else this.seen.set(id, { name, count: 1 });
  }

  /**
   * Sides in order of use, most used first, coloured from the palette in that order (unless the file gives
   * a side its colour): deterministic for a given file, and the busiest actors get distinct colours.
   * `unknown` is always grey.
   */
  sides(colors: Iterable<[id: string, color: string]> = []): SideSpec[] {
    const given = new Map(colors);
    const ranked = [...this.seen.entries()]
      .filter(([id]) => id !== UNKNOWN_SIDE.id)
      .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
    // A side without a colour of its own takes the first palette colour no other side has, so a file that
    // colours some sides (ORBAT Mapper: friend blue, hostile red) does not get two blue sides.
    const used = new Set([...given.values()].map((c) => c.toLowerCase()));
    const out: SideSpec[] = ranked.map(([id, { name }], i) => {
      const color =
        given.get(id) ??
        PALETTE.find((c) => !used.has(c.toLowerCase())) ??
        (PALETTE[i % PALETTE.length] as string);
      used.add(color.toLowerCase());
      return { id, name: name || id, color };
    });
    if (this.seen.has(UNKNOWN_SIDE.id)) out.push(UNKNOWN_SIDE);
    return out;
  }
}

/** Every side id a raw feature refers to, whatever shape it is in (bad values are left to validation). */
export function sideRefs(props: Record<string, unknown>): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (isId(v)) out.push(v);
  };
  add(props.side);
  add(props.claimedBy);
  if (Array.isArray(props.claims)) for (const c of props.claims) add((c as { by?: unknown } | null)?.by);
  if (Array.isArray(props.control))
    for (const c of props.control) add((c as { side?: unknown } | null)?.side);
  return out;
}

/** Every source id a raw feature refers to. */
export function sourceRefs(props: Record<string, unknown>): string[] {
  const out: string[] = [];
  const addAll = (v: unknown) => {
    if (Array.isArray(v)) for (const s of v) if (isId(s)) out.push(s);
  };
  addAll(props.sources);
  for (const key of ['casualties', 'claims'] as const) {
    const list = props[key];
    if (Array.isArray(list)) for (const c of list) addAll((c as { sources?: unknown } | null)?.sources);
  }
  return out;
}
