import { invalidJson } from '../scenario/load';
import { describeValue, expected, type LoadError } from '../scenario/load-error';
import { acledToDraft } from './formats/acled/acled';
import { detectKind } from './detect';
import type { Draft } from './draft';
import { importFolder } from './folder';
import { geojsonToDraft } from './formats/geojson';
import { xmldomParser } from './formats/kml';
import { checkInputSizes, resolveLimits, totalTooLarge, type Limits } from './limits';
import { NoteList } from './notes';
import { isOrbatMapper, orbatToDraft } from './formats/orbat/orbat';
import { synthesizeScenario } from './synthesize';
import { baseName, decodeText, extension } from './text';
import { gpxToDraft, kmlToDraft, tcxToDraft } from './tracks';
import type { ImportInput, ImportOptions, ImportResult, ImportRun } from './types';
import { readZip } from './zip';
import { pair, both } from '../i18n/strings';

export type { ImportInput, ImportOptions, ImportProgress, ImportReport, ImportResult } from './types';

const depth = (path: string) => path.split('/').length;
const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** Replaces each zip by its entries; entries of several zips are kept apart under the zip's name. */
function expandZips(
  inputs: readonly ImportInput[],
  limits: Limits,
): { inputs: ImportInput[]; errors?: undefined } | { errors: LoadError[] } {
  const out: ImportInput[] = [];
  for (const input of inputs) {
    if (detectKind(input.name, input.bytes) !== 'zip') {
      out.push(input);
      continue;
    }
    const zip = readZip(input.name, input.bytes, limits);
    if (zip.errors) return { errors: zip.errors };
    // A KMZ's entries are named through it (`places.kmz/doc.kml`): "doc.kml" alone says nothing.
    const kmz = input.name.toLowerCase().endsWith('.kmz');
    const prefix = inputs.length > 1 || kmz ? `${input.name}/` : '';
    for (const e of zip.entries) out.push({ name: prefix + e.name, bytes: e.bytes });
  }
  const total = out.reduce((n, i) => n + i.bytes.length, 0);
  if (total > limits.totalBytes)
    return { errors: [totalTooLarge(inputs.map((i) => i.name).join(', '), total, limits)] };
  return { inputs: out };
}

/** What a refused file is, by its extension: the value its error names. */
function fileKind(name: string): { en: string; fr: string } {
  const ext = extension(name);
  return ext ? both('saidFile', { ext }) : both('saidFileNoExtension');
}

/** A file (or a pick) refused as a whole; `got` is what it is, by default its kind. */
const skip = (file: string, en: string, fr: string, got = fileKind(file)): LoadError => ({
  file,
  field: '',
  value: got.en,
  ...expected(en, fr, got.fr),
});

const NOT_DATA = [...pair('expectScenarioFolderZipGeojson')] as const;

/** One manifest-less file as a draft: JSON (GeoJSON or ORBAT Mapper), GPX, KML, TCX or ACLED CSV. */
function draftOf(name: string, kind: string, text: string, run: ImportRun): Draft | { errors: LoadError[] } {
  if (kind === 'csv') return acledToDraft(name, text, run);
  if (kind === 'gpx') return gpxToDraft(name, text, run);
  if (kind === 'kml') return kmlToDraft(name, text, run);
  if (kind === 'tcx') return tcxToDraft(name, text, run);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return {
      errors: [{ file: name, field: '', value: describeValue(text.slice(0, 40)), ...invalidJson(e, text) }],
    };
  }
  if (isOrbatMapper(doc)) return orbatToDraft(name, doc as Record<string, unknown>, run);
  return geojsonToDraft(name, doc, run);
}

function importSync(inputs: readonly ImportInput[], options: ImportOptions): ImportResult {
  const notes = new NoteList();
  const fail = (errors: LoadError[]): ImportResult => ({ ok: false, errors, notes: notes.list });
  if (!inputs.length)
    return fail([skip('(nothing)', 'at least one file', 'au moins un fichier', both('saidNoFile'))]);
  const limits = resolveLimits(options.limits);
  const run: ImportRun = {
    limits,
    notes,
    progress: options.onProgress ?? (() => {}),
    parseXml: options.parseXml ?? xmldomParser,
    eventsAsChapters: options.eventsAsChapters ?? false,
  };
  const sizes = checkInputSizes(inputs, limits);
  if (sizes.length) return fail(sizes);
  const expanded = expandZips(inputs, limits);
  if (expanded.errors) return fail(expanded.errors);
  const files = expanded.inputs.map((i) => ({
    ...i,
    name: i.name.replace(/\\/g, '/').replace(/^\.?\//, ''),
  }));
  // Images and models a KMZ carries for Google Earth's icons: not data, and not a problem either.
  const resources = files.filter((f) => detectKind(f.name, f.bytes) === 'resource');
  if (resources.length) {
    const names =
      resources
        .slice(0, 3)
        .map((r) => baseName(r.name))
        .join(', ') + (resources.length > 3 ? ', …' : '');
    notes.add(
      inputs.map((i) => i.name).join(', '),
      'noteKmzResources',
      { names },
      { count: resources.length },
    );
  }

  const manifests = files.filter((f) => detectKind(f.name, f.bytes) === 'manifest');
  if (manifests.length) {
    const shallowest = Math.min(...manifests.map((m) => depth(m.name)));
    const top = manifests.filter((m) => depth(m.name) === shallowest);
    if (top.length > 1)
      return fail([
        skip(
          top.map((m) => m.name).join(', '),
          ...pair('expectScenarioTimeScenarioJson'),
          both('saidScenarioJsonFiles', { top: top.length }),
        ),
      ]);
    const root = dirOf((top[0] as ImportInput).name);
    const folder = new Map<string, Uint8Array>();
    const outside: LoadError[] = [];
    const where = root || '(top level)';
    for (const f of files) {
      if (f.name.startsWith(root)) folder.set(f.name.slice(root.length), f.bytes);
      else if (detectKind(f.name, f.bytes) !== 'resource')
        outside.push(skip(f.name, ...pair('expectFileInsideScenarioFolder', { where })));
    }
    return importFolder(folder, outside, run);
  }

  const drafts: Draft[] = [];
  const skipped: LoadError[] = [];
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  let done = 0;
  for (const f of files) {
    const kind = detectKind(f.name, f.bytes);
    run.progress({ phase: 'reading', file: f.name, done, total, unit: 'bytes' });
    done += f.bytes.length;
    if (kind === 'junk' || kind === 'resource') continue;
    if (kind === 'unknown' || kind === 'zip' || kind === 'manifest') {
      skipped.push(skip(f.name, ...NOT_DATA));
      continue;
    }
    const decoded = decodeText(f.name, f.bytes);
    if ('error' in decoded) {
      skipped.push(decoded.error);
      continue;
    }
    run.progress({ phase: 'converting', file: f.name, done, total, unit: 'bytes' });
    const draft = draftOf(f.name, kind, decoded.text, run);
    if ('errors' in draft) for (const e of draft.errors) skipped.push(e);
    else drafts.push(draft);
  }
  if (!drafts.length) {
    const names = files.map((f) => f.name).join(', ') || inputs.map((i) => i.name).join(', ');
    return fail(
      skipped.length
        ? skipped
        : [skip(names, ...pair('expectLeastFileData'), both('saidOnlyImagesModelsSystem'))],
    );
  }
  return synthesizeScenario(drafts, skipped, run, (options.now ?? Date.now)());
}

/**
 * Opens what the user picked or dropped: a scenario folder or .zip, a GeoJSON file, KML/KMZ or GPX tracks,
 * an ACLED CSV export or an ORBAT Mapper scenario. Never throws: every problem comes back as a LoadError,
 * what loaded differently from what the file said as a note, and a partial import says what was dropped,
 * so the caller keeps the scenario in view until one loads.
 */
export async function importFiles(
  inputs: readonly ImportInput[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    return importSync(inputs, options);
  } catch (e) {
    // Only a bug gets here (or memory running out); it still must not take the app down with it.
    return {
      ok: false,
      notes: [],
      errors: [
        {
          file: inputs.map((i) => i.name).join(', ') || '(nothing)',
          field: '',
          value: describeValue(e instanceof Error ? `${e.name}: ${e.message}` : e),
          ...expected(...pair('expectInputImporterCanRead')),
        },
      ],
    };
  }
}
