// The times other tools write, read in one place: ISO 8601 with or without a zone, GDAL's
// `2018/08/31 08:48:59+00`, epoch milliseconds or seconds, day-first or month-first dates from spreadsheets,
// and the long forms ACLED uses ("14 November 2023", "01-January-2015").

import { wallToInstant } from '../../time/zone-clock';

/** How a file orders day and month in dates such as 10/11/2023: one order per file, never per row. */
export type DayOrder = 'dmy' | 'mdy';

/** Which of the forms a value was written in; the report names it. */
export type TimeForm = 'iso' | 'isoLocal' | 'gdal' | 'epochMs' | 'epochS' | 'slashed' | 'long';

export interface TimeReading {
  /** The instant, or the start of the day, month or year the value stands for (epoch ms). */
  start: number;
  /** Equal to `start` for an instant; the last second of the day, month or year otherwise. */
  end: number;
  precision: 'instant' | 'day' | 'month' | 'year';
  form: TimeForm;
  /** False when the value had no zone and was read in `zone`. */
  zoned: boolean;
}

export interface ReadOptions {
  /** IANA zone (or `UTC`) for values written without one. */
  zone: string;
  /** The file's day/month order for ambiguous dates; without it such dates are not read. */
  order?: DayOrder;
}

const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

function monthOf(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  for (const names of [MONTHS_EN, MONTHS_FR]) {
    const i = names.findIndex((full) => full === n || (n.length === 3 && full.startsWith(n)));
    if (i >= 0) return i + 1;
  }
  return undefined;
}

const ISO =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const GDAL =
  /^(\d{4})\/(\d{2})\/(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const SLASHED =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const LONG = /^(\d{1,2})[ -]([A-Za-zéû]+\.?)[ -](\d{4})$/;
const LONG_US = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/;

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

function valid(p: Parts): boolean {
  // Date.UTC reads years below 100 as 19xx; no tool writes such years for a real time anyway.
  if (p.y < 1000 || p.mo < 1 || p.mo > 12 || p.d < 1 || p.h > 23 || p.mi > 59 || p.s > 60) return false;
  const back = new Date(Date.UTC(p.y, p.mo - 1, p.d));
  return back.getUTCDate() === p.d && back.getUTCMonth() === p.mo - 1;
}

function offsetMs(zone: string): number | undefined {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return (m[1] === '-' ? -1 : 1) * minutes * 60_000;
}

function fromParts(
  p: Parts,
  zone: string | undefined,
  fallbackZone: string,
): { t: number; zoned: boolean } | undefined {
  if (!valid(p)) return undefined;
  const wall = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms);
  if (zone !== undefined) {
    const off = offsetMs(zone);
    return off === undefined ? undefined : { t: wall - off, zoned: true };
  }
  return { t: wallToInstant(wall, fallbackZone), zoned: false };
}

const fraction = (digits: string | undefined) => (digits ? Math.round(Number(`0.${digits}`) * 1000) : 0);

function partsOf(date: [string, string, string], time: (string | undefined)[]): Parts {
  return {
    y: Number(date[0]),
    mo: Number(date[1]),
    d: Number(date[2]),
    h: Number(time[0] ?? 0),
    mi: Number(time[1] ?? 0),
    s: Number(time[2] ?? 0),
    ms: fraction(time[3]),
  };
}

function dateWindow(
  p: Parts,
  precision: 'day' | 'month' | 'year',
  form: TimeForm,
  zone: string,
): TimeReading | undefined {
  const start = fromParts(p, undefined, zone);
  if (!start) return undefined;
  const next =
    precision === 'day'
      ? { ...p, d: p.d + 1 }
      : precision === 'month'
        ? { ...p, mo: p.mo + 1, d: 1 }
        : { ...p, y: p.y + 1, mo: 1, d: 1 };
  const nextWall = Date.UTC(next.y, next.mo - 1, next.d);
  const end = wallToInstant(nextWall, zone) - 1000;
  return { start: start.t, end, precision, form, zoned: false };
}

function instant(t: number, form: TimeForm, zoned: boolean): TimeReading {
  return { start: t, end: t, precision: 'instant', form, zoned };
}

function readNumber(n: number): TimeReading | undefined {
  if (!Number.isFinite(n)) return undefined;
  // Milliseconds from 1973 on, seconds from 2001 on: smaller numbers are not read as times at all.
  if (Math.abs(n) >= 1e11 && Math.abs(n) < 1e14) return instant(Math.round(n), 'epochMs', true);
  if (n >= 1e9 && n < 1e11) return instant(Math.round(n * 1000), 'epochS', true);
  return undefined;
}

/** Reads a time in any of the forms above, or undefined when it is none of them (or an impossible date). */
export function readTime(value: unknown, options: ReadOptions): TimeReading | undefined {
  if (typeof value === 'number') return readNumber(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^-?\d{10}(\d{3})?$/.test(s)) return readNumber(Number(s));
  // A bare number is a year only in a plausible span: KML writes `2023`, but `0725` is no year.
  if (/^(1[89]|2[01])\d{2}$/.test(s))
    return dateWindow(partsOf([s, '1', '1'], []), 'year', 'iso', options.zone);
  let m = ISO.exec(s);
  if (m) {
    const p = partsOf([m[1] as string, m[2] as string, m[3] ?? '1'], [m[4], m[5], m[6], m[7]]);
    if (m[3] === undefined) return dateWindow(p, 'month', 'iso', options.zone);
    if (m[4] === undefined && m[8] === undefined) return dateWindow(p, 'day', 'iso', options.zone);
    const r = fromParts(p, m[8], options.zone);
    return r && instant(r.t, r.zoned ? 'iso' : 'isoLocal', r.zoned);
  }
  m = GDAL.exec(s);
  if (m) {
    const r = fromParts(
      partsOf([m[1], m[2], m[3]] as [string, string, string], [m[4], m[5], m[6], m[7]]),
      m[8],
      options.zone,
    );
    return r && instant(r.t, 'gdal', r.zoned);
  }
  m = SLASHED.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // One part over 12 settles the order of this value by itself; otherwise only the file's order can.
    const order = a > 12 ? 'dmy' : b > 12 ? 'mdy' : options.order;
    if (!order) return undefined;
    const [d, mo] = order === 'dmy' ? [m[1], m[2]] : [m[2], m[1]];
    const p = partsOf([m[3] as string, mo as string, d as string], [m[4], m[5], m[6], m[7]]);
    if (m[4] === undefined && m[8] === undefined) return dateWindow(p, 'day', 'slashed', options.zone);
    const r = fromParts(p, m[8], options.zone);
    return r && instant(r.t, 'slashed', r.zoned);
  }
  m = LONG.exec(s) ?? LONG_US.exec(s);
  if (m) {
    const us = /^[A-Za-z]/.test(s);
    const mo = monthOf((us ? m[1] : m[2]) as string);
    if (mo === undefined) return undefined;
    const d = (us ? m[2] : m[1]) as string;
    return dateWindow(partsOf([m[3] as string, String(mo), d], []), 'day', 'long', options.zone);
  }
  return undefined;
}

/** True for values in the day-or-month-first form, the only one whose reading depends on the file's order. */
export function isSlashedDate(value: unknown): boolean {
  return slashedParts(value) !== undefined;
}

/** The first two numbers of a day-or-month-first date (`10/11/2023` → [10, 11]), or undefined. */
export function slashedParts(value: unknown): [number, number] | undefined {
  const m = typeof value === 'string' ? SLASHED.exec(value.trim()) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** `2023-11-14T06:00:00Z` (milliseconds only when there are some): what normalized features carry. */
export function isoOf(t: number): string {
  return new Date(t).toISOString().replace('.000Z', 'Z');
}
