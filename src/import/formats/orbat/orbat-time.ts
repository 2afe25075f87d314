// ORBAT Mapper's times (`ScenarioTime`) are epoch milliseconds in memory, but the files its releases save
// write them as ISO 8601 strings with the scenario's offset ("1982-04-02T18:00:00-04:00"); older files and
// hand-made ones carry numbers. Both are read here, once, so the rest of the importer sees numbers only.

/** The fields ORBAT Mapper writes as `ScenarioTime`. */
const TIME_KEYS = new Set(['startTime', 't', 'viaStartTime', 'visibleFromT', 'visibleUntilT', 'endTime']);
/** An ISO date-time with a zone (Z or an offset), or a date alone: what ORBAT Mapper's files hold. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A `ScenarioTime` as epoch ms: a finite number as it is, an ISO string parsed, anything else undefined. */
export function orbatTime(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !ISO_TIME.test(value.trim())) return undefined;
  const t = Date.parse(value.trim());
  return Number.isFinite(t) ? t : undefined;
}

/**
 * Rewrites every time field of the parsed document as epoch ms, in place (the document is the importer's own
 * parse). A value that is no time is left as it is, so the places that read it skip it as before. Iterative:
 * a 10,000-unit file nests deep enough to worry a recursive walk.
 */
export function normalizeOrbatTimes(doc: unknown): void {
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
        const t = orbatTime(v);
        if (t !== undefined) obj[k] = t;
      } else if (v && typeof v === 'object') stack.push(v);
    }
  }
}
