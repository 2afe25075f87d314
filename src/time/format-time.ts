import { localeOf, type Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), {
      timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime
        ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' }
        : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * "13 November 2023, 14:00 GMT": the scenario's local time, as spoken by the slider and shown on screen.
 * Assembled from parts because ICU builds word the same moment differently ("at", "UTC+0").
 */
export function formatDateTime(t: number, timeZone: string, lang: Lang): string {
  const parts = formatter(lang, timeZone, true).formatToParts(t);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')} ${zoneLabel(get('timeZoneName'))}`;
}

/** "GMT", "GMT+1", "GMT-3:30" from ICU's long offset ("GMT", "GMT+01:00", "UTC+00:00"…). */
function zoneLabel(longOffset: string): string {
  const m = /([+-])(\d{1,2})(?::(\d{2}))?$/.exec(longOffset);
  if (!m || (Number(m[2]) === 0 && Number(m[3] ?? 0) === 0)) return 'GMT';
  const minutes = Number(m[3] ?? 0);
  return `GMT${m[1]}${Number(m[2])}${minutes ? `:${m[3]}` : ''}`;
}

/** "13 November 2023". */
export function formatDate(t: number, timeZone: string, lang: Lang): string {
  return formatter(lang, timeZone, false).format(t);
}

/** Accepts epoch ms or an ISO 8601 string with a zone; throws with the value when it is neither. */
export function toEpochMs(value: number | string | Date): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms))
    throw new RangeError(`Not a time: ${JSON.stringify(value)} (use epoch ms or ISO 8601)`);
  return ms;
}

const shortFormatters = new Map<string, Intl.DateTimeFormat>();

function shortParts(t: number, timeZone: string, lang: Lang) {
  const key = `${lang}|${timeZone}`;
  let f = shortFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), {
      timeZone,
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    shortFormatters.set(key, f);
  }
  const parts = f.formatToParts(t);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${get('day')} ${get('month')}`, time: `${get('hour')}:${get('minute')}` };
}

/**
 * A time window as it is labelled on the map: "3 Nov 17:00 – 4 Nov 06:30", or "14 Nov (hour unknown)"
 * for a whole local day, so a reader sees the time is not known to the minute.
 */
export function formatWindow(start: number, end: number, timeZone: string, lang: Lang): string {
  const a = shortParts(start, timeZone, lang);
  const b = shortParts(end, timeZone, lang);
  const unknown = ui(lang, 'hourUnknown');
  if (a.day === b.day && a.time === '00:00' && b.time === '23:59') return `${a.day} (${unknown})`;
  if (a.day === b.day) return `${a.day} ${a.time}–${b.time}`;
  return `${a.day} ${a.time} – ${b.day} ${b.time}`;
}
