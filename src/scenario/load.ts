import { manifest as manifestSchema, type Manifest } from '../model/schema';
import { buildFeature } from './build-feature';
import { describeValue, formatPath, type LoadError } from './load-error';
import type { Chapter, MovementFeature, Scenario, ScenarioFeature } from '../model/scenario';
import { packTracks } from '../engine/packed-tracks';

/** A scenario folder as text: paths relative to the folder (`scenario.json`, `events.geojson`, …) → contents. */
export type ScenarioFiles = Readonly<Record<string, string>>;

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: LoadError[] };

export const MANIFEST_FILE = 'scenario.json';

function parseJson(file: string, text: string | undefined, errors: LoadError[]): unknown {
  if (text === undefined) {
    errors.push({ file, field: '', value: 'nothing', message: 'the file, which is missing' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    errors.push({
      file,
      field: '',
      value: describeValue(text.slice(0, 40)),
      message: `valid JSON: ${(e as Error).message}`,
    });
    return undefined;
  }
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

function checkManifest(raw: unknown, errors: LoadError[]): Manifest | undefined {
  const parsed = manifestSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors.push({
        file: MANIFEST_FILE,
        field: formatPath(issue.path),
        value: describeValue(issue.input),
        message: issue.message,
      });
    }
    return undefined;
  }
  const m = parsed.data;
  const fail = (field: string, value: unknown, message: string) =>
    errors.push({ file: MANIFEST_FILE, field, value: describeValue(value), message });
  if (Date.parse(m.timeRange.end) <= Date.parse(m.timeRange.start))
    fail('timeRange.end', m.timeRange.end, `a time after timeRange.start (${m.timeRange.start})`);
  if (m.initialTime) {
    const t = Date.parse(m.initialTime);
    if (t < Date.parse(m.timeRange.start) || t > Date.parse(m.timeRange.end))
      fail('initialTime', m.initialTime, 'a time inside timeRange');
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: m.timeZone });
  } catch {
    fail('timeZone', m.timeZone, 'an IANA time zone such as "Africa/Bamako"');
  }
  for (const id of duplicates(m.sides.map((s) => s.id))) fail('sides', id, 'unique side ids');
  for (const id of duplicates(m.sources.map((s) => s.id))) fail('sources', id, 'unique source ids');
  for (const f of duplicates(m.files)) fail('files', f, 'each file listed once');
  checkChapters(m, fail);
  checkPerspective(m, fail);
  return m;
}

function checkPerspective(m: Manifest, fail: (field: string, value: unknown, message: string) => void): void {
  const ids = m.sides.map((s) => s.id);
  const known = `a side declared in sides (${ids.join(', ')})`;
  if (m.perspective !== undefined && m.perspective !== 'neutral' && !ids.includes(m.perspective))
    fail('perspective', m.perspective, `"neutral" or ${known}`);
  m.sides.forEach((s, i) =>
    s.opponents?.forEach((o, j) => {
      if (!ids.includes(o) || o === s.id) fail(`sides[${i}].opponents[${j}]`, o, `another ${known}`);
    }),
  );
}

const PACE_UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "6h/s" → scenario ms per real second. The schema has already checked the form. */
export function parsePace(pace: string): number {
  const unit = pace.at(-3) ?? 'h';
  return Number(pace.slice(0, -3)) * (PACE_UNIT_MS[unit] ?? 3_600_000);
}

function checkChapters(m: Manifest, fail: (field: string, value: unknown, message: string) => void): void {
  const start = Date.parse(m.timeRange.start);
  const end = Date.parse(m.timeRange.end);
  let previousStart = -Infinity;
  (m.chapters ?? []).forEach((c, i) => {
    const a = Date.parse(c.start);
    const b = Date.parse(c.end);
    if (a < start || a > end) fail(`chapters[${i}].start`, c.start, 'a time inside timeRange');
    if (b < start || b > end) fail(`chapters[${i}].end`, c.end, 'a time inside timeRange');
    if (b <= a) fail(`chapters[${i}].end`, c.end, `a time after chapters[${i}].start (${c.start})`);
    if (a < previousStart)
      fail(`chapters[${i}].start`, c.start, `a time not before chapters[${i - 1}].start (chapters in order)`);
    previousStart = a;
  });
  for (const id of duplicates((m.chapters ?? []).map((c) => c.id)))
    fail('chapters', id, 'unique chapter ids');
}

function buildChapters(m: Manifest): Chapter[] {
  return (m.chapters ?? []).map((c) => ({
    id: c.id,
    title: c.title,
    caption: c.caption,
    start: Date.parse(c.start),
    end: Date.parse(c.end),
    camera: c.camera,
    pace: c.pace === undefined ? undefined : parsePace(c.pace),
  }));
}

/**
 * Validates a scenario folder and builds the model `frameAt` reads. Never throws on bad data: every
 * problem comes back as a LoadError naming file, feature, field and value, so the caller can keep the
 * scenario already on screen and show them all at once.
 */
export function loadScenario(files: ScenarioFiles): LoadResult {
  const errors: LoadError[] = [];
  const raw = parseJson(MANIFEST_FILE, files[MANIFEST_FILE], errors);
  const m = raw === undefined ? undefined : checkManifest(raw, errors);
  if (!m) return { ok: false, errors };

  const sides = new Set(m.sides.map((s) => s.id));
  const sources = new Set(m.sources.map((s) => s.id));
  const features: ScenarioFeature[] = [];
  for (const file of m.files) {
    const collection = parseJson(file, files[file], errors);
    if (collection === undefined) continue;
    const c = collection as { type?: unknown; features?: unknown };
    if (c.type !== 'FeatureCollection' || !Array.isArray(c.features)) {
      errors.push({
        file,
        field: 'type',
        value: describeValue(c.type),
        message: 'a GeoJSON FeatureCollection with a features array',
      });
      continue;
    }
    c.features.forEach((rawFeature, index) => {
      const built = buildFeature(rawFeature, index, { file, sides, sources });
      if (built.errors) errors.push(...built.errors);
      else features.push(built.feature);
    });
  }
  const byId = new Map<string, ScenarioFeature>();
  for (const f of features) {
    const other = byId.get(f.id);
    if (other)
      errors.push({
        file: f.file,
        feature: f.id,
        field: 'properties.id',
        value: describeValue(f.id),
        message: `an id not already used (also in ${other.file})`,
      });
    byId.set(f.id, f);
  }
  if (errors.length) return { ok: false, errors };

  const start = Date.parse(m.timeRange.start);
  const movements = features.filter((f): f is MovementFeature => f.kind === 'movement');
  const scenario: Scenario = {
    id: m.id,
    title: m.title,
    description: m.description,
    timeZone: m.timeZone,
    start,
    end: Date.parse(m.timeRange.end),
    initialTime: m.initialTime ? Date.parse(m.initialTime) : start,
    defaultView: m.defaultView,
    sides: m.sides,
    sideById: new Map(m.sides.map((s) => [s.id, s])),
    sources: m.sources,
    sourceById: new Map(m.sources.map((s) => [s.id, s])),
    features,
    movements,
    packed: packTracks(movements.map((f) => f.track)),
    timed: features.filter((f) => f.kind !== 'movement').sort((a, b) => a.appears - b.appears),
    chapters: buildChapters(m),
    perspective: m.perspective,
  };
  return { ok: true, scenario };
}
