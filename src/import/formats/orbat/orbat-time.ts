import { readTime } from '../time-formats';

// ORBAT Mapper's times (`ScenarioTime`) are epoch milliseconds in memory, but the files its releases save
// write them as ISO 8601 strings with the scenario's offset ("1982-04-02T18:00:00-04:00"); older files and
// hand-made ones carry numbers, and files other tools write sometimes drop the offset. All are read here,
// once, so the rest of the importer sees numbers only.

/** The fields ORBAT Mapper writes as `ScenarioTime`. */
const TIME_KEYS = new Set(['startTime', 't', 'viaStartTime', 'visibleFromT', 'visibleUntilT', 'endTime']);
/** An ISO date-time with or without a zone, or a date alone: what ORBAT Mapper's files hold. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A `ScenarioTime` as epoch ms: a finite number as it is, an ISO string parsed (one without a zone in
 * `zone`, never in the zone of the machine that opens it), anything else undefined.
 */
export function orbatTime(value: unknown, zone: string): { t: number; zoned: boolean } | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? { t: value, zoned: true } : undefined;
  if (typeof value !== 'string' || !ISO_TIME.test(value.trim())) return undefined;
  const r = readTime(value.trim(), { zone });
  return r && { t: r.start, zoned: r.zoned };
}

/**
 * Rewrites every time field of the parsed document as epoch ms, in place (the document is the importer's own
 * parse). A value that is no time is left as it is, so the places that read it skip it as before; each
 * value without a zone is passed to `zoneless`. Iterative: a 10,000-unit file nests deep enough to worry a
 * recursive walk.
 */
export function normalizeOrbatTimes(doc: unknown, zone: string, zoneless: (value: string) => void): void {
  const stack: unknown[] = [doc];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const v of node) if (v && typeof v === 'object') stack.push(v);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const obj = node as Record<string, unknown>;
    for (const [k, v] of Object.entries(obj)) {
      if (TIME_KEYS.has(k) && typeof v === 'string') {
        const r = orbatTime(v, zone);
        if (!r) continue;
        obj[k] = r.t;
        if (!r.zoned) zoneless(v);
      } else if (v && typeof v === 'object') stack.push(v);
    }
  }
}
