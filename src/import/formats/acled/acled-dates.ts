const DAY_MS = 86_400_000;

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
