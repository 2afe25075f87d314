const MONTHS = [
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
const DAY_MS = 86_400_000;

/** Midnight UTC of an ACLED `event_date`, or undefined. ACLED exports write `2023-11-14` or `14 November 2023`. */
export function parseAcledDate(text: string): number | undefined {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const long = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (long) {
    const name = (long[2] as string).toLowerCase();
    // Full names, or the three-letter abbreviations some exports use ("14 Nov 2023").
    const index = MONTHS.findIndex((full) => full === name || (name.length === 3 && full.startsWith(name)));
    if (index < 0) return undefined;
    [y, m, d] = [Number(long[3]), index + 1, Number(long[1])];
  } else return undefined;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  // Rejects 31 February and the like, which Date.UTC would silently roll over.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return undefined;
  return t;
}

const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

/**
 * The window an ACLED date stands for at its time_precision: 1 the day, 2 the week around it (±3 days),
 * 3 the calendar month. Ends are the last second of the last day, inside the window.
 */
export function acledWindow(day: number, precision: 1 | 2 | 3): { start: string; end: string } {
  if (precision === 1) return { start: iso(day), end: iso(day + DAY_MS - 1000) };
  if (precision === 2) return { start: iso(day - 3 * DAY_MS), end: iso(day + 4 * DAY_MS - 1000) };
  const d = new Date(day);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return { start: iso(first), end: iso(next - 1000) };
}

/** `YYYY-MM-DD` of an epoch ms, for source dates. */
export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
