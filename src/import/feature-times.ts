import { describeValue } from '../scenario/load-error';
import type { NoteList } from './notes';
import { dayOrderOf } from './day-order';
import { isoOf, isSlashedDate, readTime, type DayOrder, type TimeReading } from './formats/time-formats';

/** How a file's times are read: the zone for values without one, and the file's day/month order. */
export interface TimeContext {
  file: string;
  zone: string;
  order?: DayOrder;
  /** The file has dates that only fit opposite orders: its ambiguous dates are not read. */
  conflict?: boolean;
  notes: NoteList;
}

type Props = Record<string, unknown>;

/** Property names other tools give an instant, lower-cased. */
export const INSTANT_KEYS = ['time', 'timestamp', 'datetime', 'date_time', 'when', 'date'];

/**
 * Every value of a feature that may be a time: what the file's day/month order is decided from. Appended
 * one by one: a track's 200,000 times spread as arguments would overflow the stack.
 */
export function timeValuesOf(props: Props, out: unknown[] = []): unknown[] {
  const add = (values: unknown[]) => {
    for (const v of values) out.push(v);
  };
  for (const [key, value] of Object.entries(props)) {
    const k = key.toLowerCase();
    if (INSTANT_KEYS.includes(k) || k === 'start' || k === 'end' || k === 'begin') out.push(value);
    else if (k === 'coordtimes' && Array.isArray(value)) add(value.flat(2));
    else if (k === 'timespan' && value && typeof value === 'object') add(Object.values(value));
  }
  const coordProps = props.coordinateProperties as { times?: unknown } | undefined;
  if (Array.isArray(coordProps?.times)) add(coordProps.times.flat(2));
  return out;
}

/** Every time value of every feature of a file. */
export function fileTimeValues(features: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const f of features) {
    const p = (f as { properties?: unknown } | null)?.properties;
    if (p && typeof p === 'object') timeValuesOf(p as Props, out);
  }
  return out;
}

/**
 * Settles a file's day/month order from all its time values at once, notes how, and returns the context
 * to read them in. A file without any ambiguous date gets no note.
 */
export function fileTimeContext(
  file: string,
  values: Iterable<unknown>,
  notes: NoteList,
  options: { zone?: string; dayFirstLocale?: boolean } = {},
): TimeContext {
  const verdict = dayOrderOf(values, { dayFirstLocale: options.dayFirstLocale });
  const ctx: TimeContext = { file, zone: options.zone ?? 'UTC', order: verdict.order, notes };
  const example = verdict.ambiguous;
  if (!example) return ctx;
  if (verdict.conflict) {
    ctx.conflict = true;
    const [dmy, mdy] = verdict.conflict;
    notes.add(file, 'noteDayOrderConflict', { dmy, mdy }, { count: 0 });
  } else if (verdict.reason?.kind === 'locale') notes.add(file, 'noteDayFirstLocale', { example });
  else if (verdict.reason?.kind === 'date')
    notes.add(file, verdict.order === 'dmy' ? 'noteDayFirstDate' : 'noteMonthFirstDate', {
      example,
      evidence: verdict.reason.example,
    });
  return ctx;
}

/**
 * Reads one time value and notes how it was read (zone assumed, epoch, GDAL, a date for a day). A value it
 * cannot read is left to the caller: an error for a Sandtable feature, a note for another tool's.
 */
export function readNoted(value: unknown, ctx: TimeContext): TimeReading | undefined {
  const r = readTime(value, ctx);
  if (!r) return undefined;
  const example = typeof value === 'string' ? value : String(value);
  const iso = isoOf(r.start);
  if (r.form === 'epochMs') ctx.notes.add(ctx.file, 'noteEpochMs', { example, iso });
  else if (r.form === 'epochS') ctx.notes.add(ctx.file, 'noteEpochS', { example, iso });
  else if (r.form === 'gdal') ctx.notes.add(ctx.file, 'noteGdal', { example, iso });
  if (r.precision !== 'instant') ctx.notes.add(ctx.file, 'noteDateAsDay', { example });
  else if (!r.zoned) ctx.notes.add(ctx.file, 'noteZone', { example, zone: ctx.zone });
  return r;
}

/** Notes a time of another tool's feature that could not be read, kept under `foreign`. */
export function noteUnread(value: unknown, field: string, ctx: TimeContext): void {
  if (isSlashedDate(value) && !ctx.order) {
    if (ctx.conflict) ctx.notes.add(ctx.file, 'noteDayOrderConflict');
    else ctx.notes.add(ctx.file, 'noteDayOrderOpen', { example: String(value) });
  } else
    ctx.notes.add(ctx.file, 'noteTimeUnreadable', { field, value: describeValue(value) }, { group: field });
}

/** The instant as the scenario format writes it, or the window a date stands for. */
export function asProperties(r: TimeReading): { time: string } | { start: string; end: string } {
  return r.precision === 'instant' ? { time: isoOf(r.start) } : { start: isoOf(r.start), end: isoOf(r.end) };
}

/**
 * Per-vertex times in any form as ISO instants, or undefined when one of them cannot be read (the line is
 * then not animated). Dates without a time of day are refused here: a track needs instants.
 */
export function readVertexTimes(times: readonly unknown[], ctx: TimeContext): string[] | undefined {
  const out: string[] = [];
  for (const t of times) {
    // ISO instants with a zone are by far the most common: take them without the general reader.
    if (typeof t === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(t)) {
      const ms = Date.parse(t);
      if (Number.isNaN(ms)) return undefined;
      out.push(t);
      continue;
    }
    const r = readNoted(t, ctx);
    if (!r || r.precision !== 'instant') return undefined;
    out.push(isoOf(r.start));
  }
  return out;
}

/** Notes the time glitches GPS logs are known for: a whole track on one instant, a clock before 1970. */
export function noteTrackGlitches(times: readonly string[], feature: string, ctx: TimeContext): void {
  if (times.length < 2) return;
  const first = Date.parse(times[0] as string);
  let allSame = true;
  let earliestBefore1970: number | undefined;
  for (const t of times) {
    const ms = Date.parse(t);
    if (ms !== first) allSame = false;
    if (ms < 0 && (earliestBefore1970 === undefined || ms < earliestBefore1970)) earliestBefore1970 = ms;
  }
  if (allSame)
    ctx.notes.add(
      ctx.file,
      'noteOneInstant',
      { time: isoOf(first) },
      { feature, group: feature, count: times.length },
    );
  if (earliestBefore1970 !== undefined)
    ctx.notes.add(
      ctx.file,
      'noteBefore1970',
      { time: isoOf(earliestBefore1970) },
      { feature, group: feature },
    );
}
