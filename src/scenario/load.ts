import { manifest as manifestSchema, type Manifest } from '../model/schema';
import { buildFeature } from './build-feature';
import { describeValue, expected, type LoadError } from './load-error';
import { schemaProblems } from './schema-issues';
import type { ScenarioFeature } from '../model/scenario';
import { assembleScenario, type LoadResult } from './assemble-scenario';
import { pair } from '../i18n/strings';

export { buildChapters, idTaken, parsePace } from './assemble-scenario';

/** A scenario folder as text: paths relative to the folder (`scenario.json`, `events.geojson`, …) → contents. */
export type ScenarioFiles = Readonly<Record<string, string>>;

export type { LoadResult } from './assemble-scenario';

export const MANIFEST_FILE = 'scenario.json';

function parseJson(file: string, text: string | undefined, errors: LoadError[]): unknown {
  if (text === undefined) {
    errors.push({ file, field: '', value: 'nothing', ...missingFile });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    errors.push({ file, field: '', value: describeValue(text.slice(0, 40)), ...invalidJson(e, text) });
    return undefined;
  }
}

export const missingFile: Pick<LoadError, 'message' | 'fr' | 'issue'> = {
  ...expected(...pair('expectFileWhichMissing')),
  issue: { code: 'missing_file' },
};

/**
 * Where JSON.parse stopped, from the engine's message ("… at position 12 (line 1 column 13)"); stopping at
 * the end of the text means the file was cut short.
 */
function jsonWhere(why: string, text: string): { line?: number; column?: number; truncated?: boolean } {
  const at = /position (\d+)/.exec(why);
  if (/end of JSON/i.test(why) || (at && Number(at[1]) >= text.trimEnd().length)) return { truncated: true };
  if (!at) return {};
  const before = text.slice(0, Number(at[1])).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * JSON.parse's own words (the engine's, in English) stay in the details; the plain sentence says whether the
 * file is empty, cut short, or broken at a line and column.
 */
export function invalidJson(e: unknown, text = ''): Pick<LoadError, 'message' | 'fr' | 'issue'> {
  const why = (e as Error).message;
  const issue: LoadError['issue'] =
    text.trim() === '' ? { code: 'empty_file' } : { code: 'json', ...jsonWhere(why, text) };
  return { ...expected(...pair('expectValidJson', { why })), issue };
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/** Checks scenario.json's object; pushes its problems and returns it only when it can be used. */
export function checkManifest(raw: unknown, errors: LoadError[]): Manifest | undefined {
  const parsed = manifestSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    errors.push(...schemaProblems(parsed.error, [], { file: MANIFEST_FILE }));
    return undefined;
  }
  const m = parsed.data;
  const fail: Fail = (field, value, en, fr) =>
    errors.push({ file: MANIFEST_FILE, field, value: describeValue(value), ...expected(en, fr) });
  if (Date.parse(m.timeRange.end) <= Date.parse(m.timeRange.start))
    fail(
      'timeRange.end',
      m.timeRange.end,
      ...pair('expectTimeAfterTimerangeStart', { start: m.timeRange.start }),
    );
  if (m.initialTime) {
    const t = Date.parse(m.initialTime);
    if (t < Date.parse(m.timeRange.start) || t > Date.parse(m.timeRange.end))
      fail('initialTime', m.initialTime, ...pair('expectTimeInsideTimerange'));
  }
  if (!isTimeZone(m.timeZone)) fail('timeZone', m.timeZone, ...pair('expectIanaTimeZoneSuch'));
  for (const id of duplicates(m.sides.map((s) => s.id))) fail('sides', id, ...pair('expectUniqueSideIds'));
  for (const id of duplicates(m.sources.map((s) => s.id)))
    fail('sources', id, ...pair('expectUniqueSourceIds'));
  for (const f of duplicates(m.files)) fail('files', f, ...pair('expectEachFileListedOnce'));
  checkChapters(m, fail);
  checkPerspective(m, fail);
  return m;
}

type Fail = (field: string, value: unknown, en: string, fr: string) => void;
function checkPerspective(m: Manifest, fail: Fail): void {
  const ids = m.sides.map((s) => s.id);
  const list = ids.join(', ');
  if (m.perspective !== undefined && m.perspective !== 'neutral' && !ids.includes(m.perspective))
    fail('perspective', m.perspective, ...pair('expectNeutralSideDeclaredSides', { list }));
  m.sides.forEach((s, i) =>
    s.opponents?.forEach((o, j) => {
      if (!ids.includes(o) || o === s.id)
        fail(`sides[${i}].opponents[${j}]`, o, ...pair('expectAnotherSideDeclaredSides', { list }));
    }),
  );
}

/** True for a zone the platform knows (IANA names, `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const notACollection = expected(...pair('expectGeojsonFeaturecollectionFeaturesArray'));

function checkChapters(m: Manifest, fail: Fail): void {
  const start = Date.parse(m.timeRange.start);
  const end = Date.parse(m.timeRange.end);
  let previousStart = -Infinity;
  const inside = [...pair('expectTimeInsideTimerange')] as const;
  (m.chapters ?? []).forEach((c, i) => {
    const a = Date.parse(c.start);
    const b = Date.parse(c.end);
    if (a < start || a > end) fail(`chapters[${i}].start`, c.start, ...inside);
    if (b < start || b > end) fail(`chapters[${i}].end`, c.end, ...inside);
    if (b <= a)
      fail(`chapters[${i}].end`, c.end, ...pair('expectTimeAfterChaptersStart', { i, start: c.start }));
    if (a < previousStart)
      fail(`chapters[${i}].start`, c.start, ...pair('expectTimeNotBeforeChapters', { i: i - 1 }));
    previousStart = a;
  });
  for (const id of duplicates((m.chapters ?? []).map((c) => c.id)))
    fail('chapters', id, ...pair('expectUniqueChapterIds'));
}

/**
 * Validates a scenario folder and builds the model `frameAt` reads. Never throws on bad data: every
 * problem comes back as a LoadError naming file, feature, field and value, so the caller can keep the
 * scenario already on screen and show them all at once.
 */
export function loadScenario(files: ScenarioFiles, options: { drawFlawed?: boolean } = {}): LoadResult {
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
      errors.push({ file, field: 'type', value: describeValue(c.type), ...notACollection });
      continue;
    }
    c.features.forEach((rawFeature, index) => {
      const built = buildFeature(rawFeature, index, { file, sides, sources });
      // `drawFlawed`: a saved briefing opens with a feature whose problems its author was shown when importing.
      if (built.errors && options.drawFlawed && built.drawable) features.push(built.drawable);
      else if (built.errors) errors.push(...built.errors);
      else features.push(built.feature);
    });
  }
  if (errors.length) return { ok: false, errors };
  return assembleScenario(m, features);
}

/** The manifest's text checked as the loader checks it, or its problems. */
export function parseManifest(text: string | undefined): { manifest: Manifest } | { errors: LoadError[] } {
  const errors: LoadError[] = [];
  const raw = parseJson(MANIFEST_FILE, text, errors);
  const m = raw === undefined ? undefined : checkManifest(raw, errors);
  return m ? { manifest: m } : { errors };
}
