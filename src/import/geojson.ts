import { describeValue, type LoadError } from '../scenario/load-error';
import type { DraftSource } from './catalog';
import type { Draft } from './draft';
import { normalizeFeature, type NormalizeContext } from './foreign-feature';
import { tooManyFeatures, type Limits } from './limits';
import { baseName, IdPool, slugify, stem } from './text';

/** The source standing for an imported file whose features cite none. */
export function fileSource(file: string, id: string, what: string): DraftSource {
  return {
    id,
    title: baseName(file),
    publisher: 'Imported file',
    reported: `${what} imported from ${file}.`,
  };
}

export function normalizeContext(file: string, extra: Partial<NormalizeContext> = {}): NormalizeContext {
  const base = slugify(stem(file), 'file');
  return { base, fileSource: base, ids: new IdPool(), ...extra };
}

/** Features of a parsed GeoJSON document: a FeatureCollection or a single Feature. */
export function featuresOf(file: string, doc: unknown): unknown[] | LoadError {
  const d = doc as { type?: unknown; features?: unknown } | null;
  if (d?.type === 'FeatureCollection' && Array.isArray(d.features)) return d.features;
  if (d?.type === 'Feature') return [d];
  return {
    file,
    field: 'type',
    value: describeValue(d?.type),
    message: 'a GeoJSON FeatureCollection or Feature',
  };
}

/**
 * A lone GeoJSON file, from Sandtable or any other tool: its features are completed with defaults
 * (see normalizeFeature) and the sides and sources they name are declared from the data.
 */
export function geojsonToDraft(file: string, text: string, limits: Limits): Draft | { errors: LoadError[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return {
      errors: [
        {
          file,
          field: '',
          value: describeValue(text.slice(0, 40)),
          message: `valid JSON: ${(e as Error).message}`,
        },
      ],
    };
  }
  const raw = featuresOf(file, doc);
  if (!Array.isArray(raw)) return { errors: [raw] };
  const tooMany = tooManyFeatures(file, raw.length, limits);
  if (tooMany) return { errors: [tooMany] };
  const ctx = normalizeContext(file);
  const features = raw.flatMap((f) => normalizeFeature(f, ctx));
  return {
    input: file,
    features,
    sideNames: new Map(),
    sources: ctx.usedFileSource ? [fileSource(file, ctx.fileSource, 'Features')] : [],
    rejected: [],
    noun: 'features',
  };
}
