// Date-time inputs show the scenario's local time (its IANA zone), whatever the browser's own zone is.

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(ms: number, zone: string): Record<string, number> {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(ms)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The zone's offset from UTC at that instant, in ms. */
function offsetAt(ms: number, zone: string): number {
  const p = partsIn(ms, zone);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2023-11-13T14:00" in the zone: the value a datetime-local input takes. */
export function toLocalInput(ms: number, zone: string): string {
  const p = partsIn(ms, zone);
  const base = `${pad(p.year!, 4)}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute!)}`;
  return p.second ? `${base}:${pad(p.second)}` : base;
}

/**
 * The instant a datetime-local value means in the zone, or undefined when it is not a date-time. A wall time
 * that a DST change skips or repeats resolves to the offset in force just before it.
 */
export function fromLocalInput(value: string, zone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  if (!Number.isFinite(wall)) return undefined;
  const first = wall - offsetAt(wall, zone);
  return wall - offsetAt(first, zone);
}
