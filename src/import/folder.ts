import { assembleScenario } from '../scenario/assemble-scenario';
import {
  invalidJson,
  loadScenario,
  MANIFEST_FILE,
  missingFile,
  notACollection,
  parseManifest,
} from '../scenario/load';
import { describeValue, type LoadError } from '../scenario/load-error';
import { featuresOf } from './formats/geojson';
import { nothingLoaded } from './summary';
import { collectionText } from './synthesize';
import { decodeText } from './text';
import type { ImportResult, ImportRun } from './types';
import { validateFeatures, type Collection } from './validate-features';

const EMPTY = '{"type":"FeatureCollection","features":[]}';

/**
 * A scenario folder (scenario.json + GeoJSON), paths relative to the folder. The manifest must be valid;
 * a listed file that cannot be read is dropped whole, an invalid feature alone. When nothing was dropped
 * the texts are kept byte for byte, so an export opens again identically.
 */
export function importFolder(
  folder: ReadonlyMap<string, Uint8Array>,
  skipped: LoadError[],
  run: ImportRun,
): ImportResult {
  const fail = (errors: LoadError[]): ImportResult => ({ ok: false, errors, notes: run.notes.list });
  const texts = new Map<string, string>();
  const decode = (path: string): string | LoadError => {
    const cached = texts.get(path);
    if (cached !== undefined) return cached;
    const bytes = folder.get(path);
    if (!bytes) return { file: path, field: '', value: 'nothing', ...missingFile };
    const d = decodeText(path, bytes);
    if ('error' in d) return d.error;
    texts.set(path, d.text);
    return d.text;
  };
  const manifestText = decode(MANIFEST_FILE);
  if (typeof manifestText !== 'string') return fail([manifestText]);
  let manifest: { files?: unknown; sides?: { id: string }[]; sources?: { id: string; file?: string }[] };
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    const bad = loadScenario({ [MANIFEST_FILE]: manifestText });
    return fail(bad.ok ? [] : bad.errors);
  }
  // The loader's own manifest checks, run with every listed file empty so only the manifest's errors show.
  const listed = Array.isArray(manifest?.files) ? manifest.files.filter((f) => typeof f === 'string') : [];
  const probe = loadScenario(
    Object.fromEntries([[MANIFEST_FILE, manifestText], ...listed.map((f) => [f, EMPTY])]),
  );
  if (!probe.ok) {
    const own = probe.errors.filter((e) => e.file === MANIFEST_FILE);
    return fail(own.length ? own : probe.errors);
  }
  const files = listed as string[];
  const refs = {
    sides: new Set((manifest.sides ?? []).map((s) => s.id)),
    sources: new Set((manifest.sources ?? []).map((s) => s.id)),
  };

  const rejected: LoadError[] = [...skipped];
  const collections: Collection[] = [];
  const docs = new Map<string, Record<string, unknown>>();
  for (const file of files) {
    const text = decode(file);
    if (typeof text !== 'string') {
      rejected.push(text);
      continue;
    }
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      rejected.push({ file, field: '', value: describeValue(text.slice(0, 40)), ...invalidJson(e, text) });
      continue;
    }
    const features = featuresOf(file, doc);
    if (!Array.isArray(features) || (doc as { type?: unknown }).type !== 'FeatureCollection') {
      rejected.push({
        file,
        field: 'type',
        value: describeValue((doc as { type?: unknown } | null)?.type),
        ...notACollection,
      });
      continue;
    }
    docs.set(file, doc as Record<string, unknown>);
    collections.push({ file, features });
  }
  const v = validateFeatures(collections, refs, run);
  if (v.fatal.length) return fail(v.fatal);
  for (const e of v.rejected) rejected.push(e);
  if (!v.built.length) return fail(rejected.length ? rejected : [nothingLoaded(files.join(', '))]);

  const out: Record<string, string> = {};
  // A file every feature of which was rejected goes; one that was empty to begin with stays.
  const kept = collections.filter((c) => !c.features.length || v.kept.get(c.file)?.length);
  out[MANIFEST_FILE] =
    kept.length === files.length
      ? manifestText
      : `${JSON.stringify({ ...manifest, files: kept.map((c) => c.file) }, null, 2)}\n`;
  for (const c of kept) {
    const features = v.kept.get(c.file) ?? [];
    // Byte for byte unless a feature was dropped or simplified (validation hands back another object).
    out[c.file] =
      features.length === c.features.length && features.every((f, i) => f === c.features[i])
        ? (texts.get(c.file) as string)
        : collectionText(features).replace(/^\{"type":"FeatureCollection",/, () => headOf(docs.get(c.file)));
  }
  // Source texts travel with the scenario so an export keeps them; they are not validated.
  for (const s of manifest.sources ?? []) {
    if (typeof s.file !== 'string' || out[s.file] !== undefined) continue;
    const text = decode(s.file);
    if (typeof text === 'string') out[s.file] = text;
  }
  run.progress({ phase: 'building', done: 0, total: v.built.length, unit: 'features' });
  const parsed = parseManifest(out[MANIFEST_FILE]);
  const loaded =
    'errors' in parsed
      ? { ok: false as const, errors: parsed.errors }
      : assembleScenario(parsed.manifest, v.built);
  if (!loaded.ok) return fail([...loaded.errors, ...rejected]);
  const report = {
    loaded: v.built.length,
    context: loaded.scenario.context.length,
    noun: 'features' as const,
    rejected,
    ...(v.flawed.length && { flawed: v.flawed }),
    notes: run.notes.list,
  };
  return { ok: true, scenario: loaded.scenario, files: out, report };
}

/** A rewritten collection keeps its other members (name, crs, …) ahead of the features. */
function headOf(doc: Record<string, unknown> | undefined): string {
  const { features: _features, ...rest } = doc ?? {};
  const members = JSON.stringify({ ...rest, type: 'FeatureCollection' }).slice(1, -1);
  return `{${members},`;
}
