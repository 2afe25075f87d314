import { assembleScenario } from '../scenario/assemble-scenario';
import { buildChapters, isTimeZone, loadScenario, parseManifest } from '../scenario/load';
import type { LoadError } from '../scenario/load-error';
import type { ChapterSpec, Manifest } from '../model/schema';
import { isoDay } from './formats/acled/acled-dates';
import { SideTally, sideRefs, sourceRefs, type DraftSource } from './catalog';
import type { Draft } from './draft';
import { nothingLoaded } from './summary';
import { baseName, IdPool, slugify, stem } from './text';
import type { ImportReport, ImportResult, ImportRun } from './types';
import { validateFeatures, type Collection } from './validate-features';
import { openingTime } from './opening';
import { both } from '../i18n/strings';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
const propsOf = (f: unknown) =>
  ((f as { properties?: unknown } | null)?.properties ?? {}) as Record<string, unknown>;

/** One feature per line: compact for 10,000 events, still readable and diffable. */
export function collectionText(features: readonly unknown[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** The data's span, padded by 5% (at least an hour) each side and widened to whole hours. */
function timeRange(times: number[], now: number): { start: string; end: string } {
  if (!times.length) {
    const day = Math.floor(now / DAY) * DAY;
    return { start: iso(day), end: iso(day + DAY) };
  }
  // A loop, not Math.min(...times): spreading 300,000 arguments overflows the stack.
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of times) [lo, hi] = [Math.min(lo, t), Math.max(hi, t)];
  const pad = Math.max(HOUR, (hi - lo) * 0.05);
  return { start: iso(Math.floor((lo - pad) / HOUR) * HOUR), end: iso(Math.ceil((hi + pad) / HOUR) * HOUR) };
}

/**
 * Turns manifest-less inputs into a scenario folder: validates their features one by one, declares the
 * sides and sources the surviving features use, frames the view on them and spans the time range over
 * them, then loads the folder like any other.
 */
export function synthesizeScenario(
  drafts: Draft[],
  skipped: LoadError[],
  run: ImportRun,
  now: number,
): ImportResult {
  const notes = run.notes;
  const paths = new IdPool();
  const collections: Collection[] = drafts.map((d) => ({
    file: `${paths.take(slugify(stem(d.input), 'features'))}.geojson`,
    features: d.features,
    origins: d.origins,
    shownAs: d.input,
  }));
  const declaredSources = new Map<string, DraftSource>();
  for (const s of drafts.flatMap((d) => d.sources))
    if (!declaredSources.has(s.id)) declaredSources.set(s.id, s);
  const sideIds = new Set<string>();
  const sourceIds = new Set(declaredSources.keys());
  for (const f of drafts.flatMap((d) => d.features)) {
    for (const s of sideRefs(propsOf(f))) sideIds.add(s);
    for (const s of sourceRefs(propsOf(f))) sourceIds.add(s);
  }
  const v = validateFeatures(collections, { sides: sideIds, sources: sourceIds }, { ...run, notes });
  const rejected = [...skipped, ...drafts.flatMap((d) => d.rejected), ...v.rejected];
  if (v.fatal.length) return { ok: false, errors: v.fatal, notes: notes.list };
  if (!v.built.length)
    return {
      ok: false,
      errors: [...rejected, nothingLoaded(drafts.map((d) => d.input).join(', '))],
      notes: notes.list,
    };
  run.progress({ phase: 'building', done: 0, total: v.built.length, unit: 'features' });

  const sideNames = new Map(drafts.flatMap((d) => [...d.sideNames]));
  const tally = new SideTally();
  const cited = new Set<string>();
  for (const features of v.kept.values()) {
    for (const f of features) {
      for (const s of sideRefs(propsOf(f))) tally.add(s, sideNames.get(s));
      for (const s of sourceRefs(propsOf(f))) cited.add(s);
    }
  }
  const chapters = drafts.flatMap((d) => d.chapters ?? []);
  const offered = drafts.flatMap((d) => d.chapterOffer ?? []);
  const times: number[] = [];
  for (const f of v.built) {
    for (const t of [f.appears, f.until]) if (Number.isFinite(t)) times.push(t);
    for (const c of f.control) times.push(c.time);
  }
  for (const c of [...chapters, ...offered]) times.push(Date.parse(c.start), Date.parse(c.end));
  for (const d of drafts) for (const t of d.rangeTimes ?? []) times.push(t);
  const range = timeRange(times, now);
  const lastDay = isoDay(times.length ? Date.parse(range.end) - HOUR : now);
  const sources = [
    ...declaredSources.values(),
    ...[...cited]
      .filter((id) => !declaredSources.has(id))
      .map((id): DraftSource => ({
        id,
        title: id,
        publisher: `Cited in ${drafts[0]?.input ?? 'the import'}`,
      })),
  ].map((s) => ({ ...s, date: s.date ?? lastDay }));

  const names = drafts.map((d) => baseName(d.input));
  const zones = [...new Set(drafts.flatMap((d) => (d.timeZone ? [d.timeZone] : [])))];
  const single = drafts.length === 1 ? drafts[0] : undefined;
  const more = names.length - 3;
  const manifest: Manifest = {
    format: 'sandtable-scenario/1',
    id: slugify(single?.title ?? stem(drafts[0]?.input ?? 'import'), 'import'),
    title:
      single?.title ??
      (more > 0 ? both('saidMore', { join: names.slice(0, 3).join(', '), more }) : names.join(', ')),
    description: single?.description ?? both('saidImportedFrom', { join: names.join(', ') }),
    timeZone: zones.length === 1 && isTimeZone(zones[0] as string) ? (zones[0] as string) : 'UTC',
    timeRange: range,
    initialTime: iso(openingTime(v.built, Date.parse(range.start))),
    sides: tally.sides(drafts.flatMap((d) => [...(d.sideColors ?? [])])),
    sources,
    files: collections.filter((c) => v.kept.get(c.file)?.length).map((c) => c.file),
    ...(chapters.length ? { chapters: inRange(chapters, range) } : {}),
  };
  const files: Record<string, string> = { 'scenario.json': `${JSON.stringify(manifest, null, 2)}\n` };
  for (const file of manifest.files) files[file] = collectionText(v.kept.get(file) ?? []);
  // The features were built by the loader's own buildFeature as they were checked: assembled as they are,
  // not written out and read back (a 50 MB import would be parsed and checked twice).
  const parsed = parseManifest(files['scenario.json']);
  const loaded =
    'errors' in parsed
      ? { ok: false as const, errors: parsed.errors }
      : assembleScenario(parsed.manifest, v.built);
  if (!loaded.ok) return { ok: false, errors: [...loaded.errors, ...rejected], notes: notes.list };
  const report: ImportReport = {
    loaded: v.built.length,
    context: loaded.scenario.context.length,
    noun: drafts.every((d) => d.noun === 'events') ? 'events' : 'features',
    rejected,
    ...(v.flawed.length && { flawed: v.flawed }),
    notes: notes.list,
  };
  const offer = offered.length ? chapterOffer(manifest, inRange(offered, range)) : undefined;
  if (offer) report.chapterOffer = offer;
  return { ok: true, scenario: loaded.scenario, files, report };
}

/** Chapters clamped to the scenario's range, which was padded around them, so only rounding is at stake. */
function inRange(chapters: ChapterSpec[], range: { start: string; end: string }): ChapterSpec[] {
  const lo = Date.parse(range.start);
  const hi = Date.parse(range.end);
  const clamp = (t: string) => new Date(Math.min(hi, Math.max(lo, Date.parse(t)))).toISOString();
  return chapters.map((c) => ({ ...c, start: clamp(c.start), end: clamp(c.end) }));
}

/** The manifest with the chapters the file offers, checked by the loader on its own (the features are not). */
function chapterOffer(manifest: Manifest, chapters: ChapterSpec[]): ImportReport['chapterOffer'] {
  const withChapters: Manifest = { ...manifest, chapters };
  const text = `${JSON.stringify(withChapters, null, 2)}\n`;
  const empty = '{"type":"FeatureCollection","features":[]}';
  const probe = loadScenario({
    'scenario.json': text,
    ...Object.fromEntries(manifest.files.map((f) => [f, empty])),
  });
  if (!probe.ok) return undefined;
  return { count: chapters.length, manifest: text, chapters: buildChapters(withChapters) };
}
