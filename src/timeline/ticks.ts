import { localeOf, type Lang } from '../i18n/localize';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Tick {
  t: number;
  /** A day boundary (drawn taller) or an hour within a day. */
  major: boolean;
  /** Text under the tick; undefined when there is no room for one. */
  label?: string;
}

// Tick spacings to choose from, finest first; the first whose labels fit is used.
const STEPS = [HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY];

/** `a` modulo `n`, never negative: times before 1970 (Narvik 1940) are negative numbers. */
const mod = (a: number, n: number) => ((a % n) + n) % n;

/** The zone's offset from UTC at `t`, in ms (0 for Mali). */
export function zoneOffsetMs(t: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(t);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return local - Math.floor(t / 60_000) * 60_000;
}

/**
 * Ticks for the visible range [start, end] drawn `widthPx` wide: local day boundaries, and hours once a
 * day is wide enough for them. Labels are spaced at least `minLabelPx` apart.
 */
export function ticks(
  start: number,
  end: number,
  widthPx: number,
  timeZone: string,
  lang: Lang,
  minLabelPx = 64,
): Tick[] {
  const pxPerMs = widthPx / Math.max(1, end - start);
  const step = STEPS.find((s) => s * pxPerMs >= minLabelPx) ?? 7 * DAY;
  // Unlabelled ticks at the finest spacing that stays legible, so a zoomed-out bar still shows every day.
  const minor = STEPS.find((s) => s * pxPerMs >= 6) ?? DAY;
  const offset = zoneOffsetMs(start, timeZone);
  const dayFormat = new Intl.DateTimeFormat(localeOf(lang), {
    timeZone,
    day: 'numeric',
    month: 'short',
  });
  const out: Tick[] = [];
  const first = Math.ceil((start + offset) / minor) * minor - offset;
  for (let t = first; t <= end; t += minor) {
    const local = t + offset;
    const major = mod(local, DAY) === 0;
    const labelled = step >= DAY ? major && mod(local / DAY, step / DAY) === 0 : mod(local, step) === 0;
    const label = !labelled
      ? undefined
      : major
        ? dayFormat.format(t)
        : `${String(Math.floor(mod(local, DAY) / HOUR)).padStart(2, '0')}:00`;
    out.push(label === undefined ? { t, major } : { t, major, label });
  }
  return out;
}
