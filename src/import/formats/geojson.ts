import { describeValue, expected, type LoadError } from '../../scenario/load-error';
import type { DraftSource } from '../catalog';
import { crsOf, looksProjected, unprojectWebMercator } from './crs';
import type { Draft } from '../draft';
import { fileTimeContext, fileTimeValues } from '../feature-times';
import { normalizeContext, normalizeFeature } from '../foreign-feature';
import { tooManyFeatures } from '../limits';
import { baseName, IdPool } from '../text';
import type { ImportRun } from '../types';
import { GEOJSON_GEOMETRY_TYPES } from '../../model/geo';
import { ui, type StringKey, pair } from '../../i18n/strings';

/**
 * The source standing for an imported file whose features cite none: what it reports in both languages (the
 * publisher is written in English, and said in the reader's language where it is shown: scene/credit-words).
 */
export function fileSource(file: string, id: string, what: StringKey): DraftSource {
  return {
    id,
    title: baseName(file),
    publisher: ui('en', 'importedFile'),
    reported: { en: ui('en', what, { file }), fr: ui('fr', what, { file }) },
  };
}

const GEOMETRY_TYPES = new Set(GEOJSON_GEOMETRY_TYPES);

/** Features of a parsed GeoJSON document: a FeatureCollection, a single Feature or a bare Geometry. */
export function featuresOf(file: string, doc: unknown): unknown[] | LoadError {
  const d = doc as { type?: unknown; features?: unknown } | null;
  if (d?.type === 'FeatureCollection' && Array.isArray(d.features)) return d.features;
  if (d?.type === 'Feature') return [d];
  if (typeof d?.type === 'string' && GEOMETRY_TYPES.has(d.type))
    return [{ type: 'Feature', geometry: d, properties: {} }];
  return {
    file,
    field: 'type',
    value: describeValue(d?.type),
    ...expected(...pair('expectGeojsonFeaturecollectionFeatureGeometry')),
  };
}

function crsProblem(file: string, doc: unknown, features: unknown[], run: ImportRun): LoadError | undefined {
  const crs = crsOf(doc);
  if (crs.kind === 'webMercator') {
    for (const f of features) unprojectWebMercator(f);
    run.notes.add(file, 'noteReprojected', { crs: crs.name });
    return undefined;
  }
  const fix = 'reproject it first, e.g. ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson';
  const fixFr = 'reprojetez-le d’abord, p. ex. ogr2ogr -t_srs EPSG:4326 sortie.geojson entree.geojson';
  if (crs.kind === 'other')
    return {
      file,
      field: 'crs',
      value: describeValue(crs.name),
      ...expected(
        ...pair(
          'expectCoordinatesLongitudeLatitudeWgs',
          { name: crs.name, fix },
          { name: crs.name, fix: fixFr },
        ),
      ),
    };
  const projected = looksProjected(features);
  if (projected)
    return {
      file,
      field: 'crs',
      value: describeValue(projected.position),
      ...expected(...pair('expectLongitudeLatitudeDegreesWgs', { fix }, { fix: fixFr })),
    };
  return undefined;
}

/**
 * A lone GeoJSON document, from Sandtable or any other tool: its features are completed with defaults and
 * read as `normalizeFeature` says, and the sides and sources they name are declared from the data.
 */
export function geojsonToDraft(file: string, doc: unknown, run: ImportRun): Draft | { errors: LoadError[] } {
  const raw = featuresOf(file, doc);
  if (!Array.isArray(raw)) return { errors: [raw] };
  const tooMany = tooManyFeatures(file, raw.length, run.limits);
  if (tooMany) return { errors: [tooMany] };
  const wrong = crsProblem(file, doc, raw, run);
  if (wrong) return { errors: [wrong] };
  const ctx = normalizeContext(file, fileTimeContext(file, fileTimeValues(raw), run.notes), new IdPool());
  const features: unknown[] = [];
  raw.forEach((f, i) => {
    features.push(...normalizeFeature(f, ctx));
    if (i % 5000 === 4999)
      run.progress({ phase: 'converting', file, done: i + 1, total: raw.length, unit: 'features' });
  });
  return {
    input: file,
    features,
    sideNames: new Map(),
    sources: ctx.usedFileSource ? [fileSource(file, ctx.fileSource, 'reportedFeatures')] : [],
    rejected: [],
    noun: 'features',
  };
}
