import { loadScenario } from '../scenario/load';
import type { LoadError } from '../scenario/load-error';
import type { Manifest } from '../model/schema';
import { isoDay } from './acled-dates';
import { SideTally, sideRefs, sourceRefs, type DraftSource } from './catalog';
import type { Draft } from './draft';
import type { Limits } from './limits';
import { nothingLoaded, summarize } from './summary';
import { baseName, IdPool, slugify, stem } from './text';
import type { ImportResult } from './types';
import { validateFeatures, type Collection } from './validate-features';
import { extendBBox, fitView, type BBox } from './view-fit';

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
  limits: Limits,
  now: number,
): ImportResult {
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
  const v = validateFeatures(collections, { sides: sideIds, sources: sourceIds }, limits);
  const rejected = [...skipped, ...drafts.flatMap((d) => d.rejected), ...v.rejected];
  if (v.fatal.length) return { ok: false, errors: v.fatal };
  if (!v.built.length)
    return {
      ok: false,
      errors: rejected.length ? rejected : [nothingLoaded(drafts.map((d) => d.input).join(', '))],
    };

  const sideNames = new Map(drafts.flatMap((d) => [...d.sideNames]));
  const tally = new SideTally();
  const cited = new Set<string>();
  let bbox: BBox | undefined;
  for (const features of v.kept.values()) {
    for (const f of features) {
      for (const s of sideRefs(propsOf(f))) tally.add(s, sideNames.get(s));
      for (const s of sourceRefs(propsOf(f))) cited.add(s);
      bbox = extendBBox(bbox, (f as { geometry?: unknown }).geometry);
    }
  }
  const times = v.built
    .flatMap((f) => [f.appears, f.until, ...f.control.map((c) => c.time)])
    .filter(Number.isFinite);
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
  const manifest: Manifest = {
    format: 'sandtable-scenario/1',
    id: slugify(stem(drafts[0]?.input ?? 'import'), 'import'),
    title:
      names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', '),
    description: `Imported from ${names.join(', ')}.`,
    timeZone: 'UTC',
    timeRange: range,
    defaultView: fitView(bbox),
    sides: tally.sides(),
    sources,
    files: collections.filter((c) => v.kept.get(c.file)?.length).map((c) => c.file),
  };
  const files: Record<string, string> = { 'scenario.json': `${JSON.stringify(manifest, null, 2)}\n` };
  for (const file of manifest.files) files[file] = collectionText(v.kept.get(file) ?? []);
  const loaded = loadScenario(files);
  if (!loaded.ok) return { ok: false, errors: [...loaded.errors, ...rejected] };
  const noun = drafts.every((d) => d.noun === 'events') ? 'events' : 'features';
  return {
    ok: true,
    scenario: loaded.scenario,
    files,
    report: { loaded: v.built.length, rejected, summary: summarize(v.built.length, noun, rejected) },
  };
}
