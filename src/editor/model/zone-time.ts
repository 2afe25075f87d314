// Date-time inputs show the scenario's local time (its IANA zone), whatever the browser's own zone is.

import { wallPartsIn, wallToInstant } from '../../time/zone-clock';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2023-11-13T14:00" in the zone: the value a datetime-local input takes. */
export function toLocalInput(ms: number, zone: string): string {
  const p = wallPartsIn(ms, zone);
  const base = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
  return p.second ? `${base}:${pad(p.second)}` : base;
}

/**
 * The instant a datetime-local value means in the zone, or undefined when it is not a date-time. A wall time
 * that a DST change skips or repeats resolves as `wallToInstant` says.
 */
export function fromLocalInput(value: string, zone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  if (!Number.isFinite(wall)) return undefined;
  return wallToInstant(wall, zone);
}
