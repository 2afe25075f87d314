// Wall-clock readings in an IANA zone from the platform's zone database: one place for the editor's date-time
// inputs and the import's zone-less times.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall clock at the instant `t` (ms): year, month (1–12), day, hour, minute, second. */
export function wallPartsIn(
  t: number,
  zone: string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  const v: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(t)))
    if (part.type !== 'literal') v[part.type] = Number(part.value);
  return {
    year: v.year ?? 1970,
    month: v.month ?? 1,
    day: v.day ?? 1,
    hour: v.hour ?? 0,
    minute: v.minute ?? 0,
    second: v.second ?? 0,
  };
}

/** How far `zone` is ahead of UTC at the instant `t` (ms). */
export function zoneOffsetAt(t: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const p = wallPartsIn(t, zone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

/**
 * The instant a wall-clock time in `zone` means (the wall time given as if it were UTC, ms). A wall time that a
 * DST change skips or repeats resolves to the offset in force just before it, consistently.
 */
export function wallToInstant(wall: number, zone: string): number {
  const first = wall - zoneOffsetAt(wall, zone);
  return wall - zoneOffsetAt(first, zone);
}
