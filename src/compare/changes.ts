import { positionAt } from '../frame/track';
import { localize, localeOf, type Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { LonLat } from '../model/geo';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import { formatDateTime } from '../time/format-time';

export type ChangeKind =
  | 'control'
  | 'movement-started'
  | 'movement-advanced'
  | 'movement-ended'
  | 'strike'
  | 'clash'
  | 'event'
  | 'claim';

/** One thing that changed between two moments, in the reader's language, with where it happened. */
export interface Change {
  /** The feature's id (a feature with claims gives its own entry and one per claim). */
  id: string;
  kind: ChangeKind;
  /** The feature's label. */
  label: string;
  /** What changed, in a sentence. */
  what: string;
  /** When it happened, epoch ms; absent for an advance, which happens all along. */
  time?: number;
  /** Where to show it: the place, the event, or the movement's head at the later moment. */
  at: LonLat;
}

// A briefing reads control first, then who moved, then what was fought, then what was said.
const ORDER: Record<ChangeKind, number> = {
  control: 0,
  'movement-started': 1,
  'movement-ended': 1,
  'movement-advanced': 1,
  strike: 2,
  clash: 2,
  event: 2,
  claim: 3,
};

/** Where a feature is: its point, or the middle vertex of a line or ring (enough to fly to). */
function anchorOf(feature: ScenarioFeature): LonLat {
  const g = feature.geometry;
  const pick = (coords: number[][]): LonLat => {
    const c = coords[Math.floor(coords.length / 2)] ?? [NaN, NaN];
    return [c[0] as number, c[1] as number];
  };
  if (g.type === 'Point') return [g.coordinates[0] as number, g.coordinates[1] as number];
  if (g.type === 'LineString' || g.type === 'MultiPoint') return pick(g.coordinates);
  if (g.type === 'Polygon') return pick(g.coordinates[0] ?? []);
  if (g.type === 'MultiLineString') return pick(g.coordinates[0] ?? []);
  if (g.type === 'MultiPolygon') return pick(g.coordinates[0]?.[0] ?? []);
  return [NaN, NaN];
}

/**
 * Everything that changed from t1 to t2 (in either order: the earlier is "before"): places that changed hands,
 * movements that set out, advanced or arrived, strikes, clashes and events that happened in between with their
 * certainty and sources, and the claims they carry. A pure function of the scenario, the two moments and the
 * language, like a frame.
 */
export function changes(scenario: Scenario, t1: number, t2: number, lang: Lang): Change[] {
  const from = Math.min(t1, t2);
  const to = Math.max(t1, t2);
  const zone = scenario.timeZone;
  const when = (t: number) => formatDateTime(t, zone, lang);
  const sideName = (id: string | undefined) => {
    const side = id === undefined ? undefined : scenario.sideById.get(id);
    return side ? localize(side.shortName ?? side.name, lang) : (id ?? ui(lang, 'nobody'));
  };
  const sourcesOf = (ids: readonly string[]) =>
    [...new Set(ids.map((id) => scenario.sourceById.get(id)?.publisher ?? id))].join(', ');
  const km = (x: number) => new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 }).format(x);
  const inBetween = (t: number) => t > from && t <= to;
  const out: Change[] = [];

  for (const f of scenario.features) {
    if (f.control.length === 0) continue;
    const held = (t: number) => f.control.findLast((c) => c.time <= t)?.side;
    const before = held(from);
    const after = held(to);
    const moves = f.control.filter((c) => inBetween(c.time));
    if (moves.length === 0) continue;
    const label = localize(f.props.label, lang);
    const last = moves[moves.length - 1]!.time;
    const chain = [before, ...moves.map((c) => c.side)].map(sideName).join(' → ');
    // A side listed twice in a row is no change; back to the same side after two changes is one.
    if (before === after && moves.length < 2) continue;
    const counted = { count: moves.length, chain, after: sideName(after) };
    const what =
      moves.length > 1
        ? ui(lang, before === after ? 'changeControlBack' : 'changeControlMany', counted)
        : before === undefined
          ? ui(lang, 'changeControlFirst', { after: sideName(after), time: when(last) })
          : ui(lang, 'changeControl', { before: sideName(before), after: sideName(after), time: when(last) });
    out.push({ id: f.id, kind: 'control', label, what, time: last, at: anchorOf(f) });
  }

  for (const m of scenario.movements) {
    const times = m.track.times;
    const start = times[0];
    const end = times[times.length - 1];
    if (start === undefined || end === undefined || start > to || end <= from) continue;
    const kmAt = (t: number) => positionAt(m.track, t)?.km ?? 0;
    const k0 = kmAt(from);
    const k1 = kmAt(to);
    const label = localize(m.props.label, lang);
    const head = positionAt(m.track, to)?.position ?? anchorOf(m);
    const started = inBetween(start);
    const ended = inBetween(end);
    const covered = km(k1 - k0);
    if (started && ended) {
      const what = ui(lang, 'changeStartedEnded', { start: when(start), end: when(end), km: covered });
      out.push({ id: m.id, kind: 'movement-ended', label, what, time: end, at: head });
    } else if (started) {
      const what = ui(lang, 'changeStarted', { time: when(start), km: covered });
      out.push({ id: m.id, kind: 'movement-started', label, what, time: start, at: head });
    } else if (ended) {
      const what = ui(lang, 'changeEnded', { time: when(end), km: covered });
      out.push({ id: m.id, kind: 'movement-ended', label, what, time: end, at: head });
    } else if (k1 > k0) {
      const what = ui(lang, 'changeAdvanced', { km: covered, from: km(k0), to: km(k1) });
      out.push({ id: m.id, kind: 'movement-advanced', label, what, at: head });
    }
  }

  for (const f of scenario.timed) {
    if (f.appears > to) break;
    if (!inBetween(f.appears)) continue;
    const label = localize(f.props.label, lang);
    const at = anchorOf(f);
    const sources = sourcesOf(f.props.sources);
    if (f.kind === 'strike' || f.kind === 'clash' || f.kind === 'event') {
      const key = f.kind === 'strike' ? 'changeStrike' : f.kind === 'clash' ? 'changeClash' : 'changeEvent';
      const certainty = ui(lang, f.props.certainty);
      const what = ui(lang, key, { certainty, time: when(f.appears), sources });
      out.push({ id: f.id, kind: f.kind, label, what, time: f.appears, at });
    }
    for (const claim of f.props.claims ?? []) {
      const what = ui(lang, 'changeClaim', {
        by: sideName(claim.by),
        text: localize(claim.text, lang),
        sources: sourcesOf(claim.sources),
      });
      out.push({ id: f.id, kind: 'claim', label, what, time: f.appears, at });
    }
  }

  // Within a group by time, untimed advances after the dated entries; ties keep the scenario's order (the
  // sort is stable), so the list is the same in every language.
  return out.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.time ?? Infinity) - (b.time ?? Infinity));
}
