import type { Geometry } from 'geojson';
import { MANIFEST_FILE, type ScenarioFiles } from '../../scenario/load';

/** A GeoJSON feature as the editor holds it: the scenario format, with its id always set. */
export interface DocFeature {
  type: 'Feature';
  geometry: Geometry;
  properties: Record<string, unknown> & { id: string };
}

/** A feature and the GeoJSON file of the scenario folder it is written to. */
export interface DocEntry {
  file: string;
  feature: DocFeature;
}

/**
 * The scenario being edited, held as the files `loadScenario` reads: scenario.json's object, the features of
 * its GeoJSON files, and any other file of the folder (source texts) passed through untouched. The editor's
 * output is the format itself. Entries are never mutated: an edit replaces the objects it changes, so what
 * did not change keeps its identity (the validation cache relies on it).
 */
export interface DraftDoc {
  manifest: Record<string, unknown>;
  entries: readonly DocEntry[];
  /** Files that are neither scenario.json nor one of its GeoJSON files, by path. */
  extra: Readonly<Record<string, string>>;
}

export class DraftFilesError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'DraftFilesError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The files listed in the manifest, or none when it has no usable list. */
export function geojsonFiles(manifest: Record<string, unknown>): string[] {
  const files = manifest.files;
  return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
}

function parse(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DraftFilesError(file, `not valid JSON (${(e as Error).message})`);
  }
}

/**
 * Opens a scenario folder for editing. Only the structure has to be readable (a manifest object, feature
 * collections); the content may be invalid and is then listed as problems. Features without an id get one,
 * since the editor's changes and problems name features by id.
 */
export function docFromFiles(files: ScenarioFiles): DraftDoc {
  const text = files[MANIFEST_FILE];
  if (text === undefined) throw new DraftFilesError(MANIFEST_FILE, 'missing');
  const manifest = parse(MANIFEST_FILE, text);
  if (!isObject(manifest)) throw new DraftFilesError(MANIFEST_FILE, 'not a JSON object');
  const listed = geojsonFiles(manifest);
  const raws: { file: string; raw: Record<string, unknown> }[] = [];
  for (const file of listed) {
    const collection = files[file] === undefined ? { features: [] } : parse(file, files[file]);
    const features = isObject(collection) ? collection.features : undefined;
    if (!Array.isArray(features)) throw new DraftFilesError(file, 'not a GeoJSON FeatureCollection');
    for (const raw of features) {
      if (!isObject(raw)) throw new DraftFilesError(file, `a feature that is not an object (${String(raw)})`);
      raws.push({ file, raw });
    }
  }
  const given = (raw: Record<string, unknown>) => {
    const id = (isObject(raw.properties) ? raw.properties.id : undefined) ?? raw.id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
  };
  // Ids the data gives are kept; a missing or repeated one is replaced by one no feature uses.
  const taken = new Set(raws.map(({ raw }) => given(raw)));
  const used = new Set<string>();
  let n = 0;
  const entries: DocEntry[] = raws.map(({ file, raw }) => {
    let id = given(raw);
    if (!id || used.has(id)) {
      do id = `feature-${++n}`;
      while (taken.has(id) || used.has(id));
    }
    used.add(id);
    const properties = isObject(raw.properties) ? raw.properties : {};
    return {
      file,
      feature: { type: 'Feature', geometry: raw.geometry as Geometry, properties: { ...properties, id } },
    };
  });
  const extra = Object.fromEntries(
    Object.entries(files).filter(([path]) => path !== MANIFEST_FILE && !listed.includes(path)),
  );
  return { manifest, entries, extra };
}

const featureText = new WeakMap<DocFeature, string>();

/**
 * A FeatureCollection written exactly as `JSON.stringify(collection, null, 2)` would, from each feature's text
 * kept between calls: after an edit only the changed feature is written again, not a thousand.
 */
function collectionText(features: readonly DocFeature[]): string {
  if (features.length === 0)
    return JSON.stringify({ type: 'FeatureCollection', features: [] }, null, 2) + '\n';
  const items = features.map((f) => {
    let text = featureText.get(f);
    if (text === undefined) {
      text = '    ' + JSON.stringify(f, null, 2).replace(/\n/g, '\n    ');
      featureText.set(f, text);
    }
    return text;
  });
  return `{\n  "type": "FeatureCollection",\n  "features": [\n${items.join(',\n')}\n  ]\n}\n`;
}

/** The scenario folder as files, as `exportScenarioZip` writes it and `loadScenario` reads it. */
export function filesFromDoc(doc: DraftDoc): Record<string, string> {
  const groups = new Map<string, DocFeature[]>();
  for (const file of geojsonFiles(doc.manifest)) groups.set(file, []);
  for (const e of doc.entries) groups.get(e.file)?.push(e.feature);
  const out: Record<string, string> = {
    ...doc.extra,
    [MANIFEST_FILE]: JSON.stringify(doc.manifest, null, 2) + '\n',
  };
  for (const [file, features] of groups) out[file] = collectionText(features);
  return out;
}

/** The entry of the feature with this id, or undefined. */
export function entryById(doc: DraftDoc, id: string): DocEntry | undefined {
  return doc.entries.find((e) => e.feature.properties.id === id);
}
