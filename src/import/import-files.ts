import { describeValue, type LoadError } from '../scenario/load-error';
import { acledToDraft } from './acled';
import { detectKind } from './detect';
import type { Draft } from './draft';
import { importFolder } from './folder';
import { geojsonToDraft } from './geojson';
import { checkInputSizes, resolveLimits, totalTooLarge, type Limits } from './limits';
import { synthesizeScenario } from './synthesize';
import { decodeText } from './text';
import { defaultXmlParser, tracksToDraft } from './tracks';
import type { ImportInput, ImportOptions, ImportResult } from './types';
import { readZip } from './zip';

export type { ImportInput, ImportOptions, ImportReport, ImportResult } from './types';

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
    const prefix = inputs.length > 1 ? `${input.name}/` : '';
    for (const e of zip.entries) out.push({ name: prefix + e.name, bytes: e.bytes });
  }
  const total = out.reduce((n, i) => n + i.bytes.length, 0);
  if (total > limits.totalBytes)
    return { errors: [totalTooLarge(inputs.map((i) => i.name).join(', '), total, limits)] };
  return { inputs: out };
}

const skip = (file: string, message: string): LoadError => ({ file, field: '', value: 'skipped', message });

function importSync(inputs: readonly ImportInput[], options: ImportOptions): ImportResult {
  if (!inputs.length) return { ok: false, errors: [skip('(nothing)', 'at least one file')] };
  const limits = resolveLimits(options.limits);
  const sizes = checkInputSizes(inputs, limits);
  if (sizes.length) return { ok: false, errors: sizes };
  const expanded = expandZips(inputs, limits);
  if (expanded.errors) return { ok: false, errors: expanded.errors };
  const files = expanded.inputs.map((i) => ({
    ...i,
    name: i.name.replace(/\\/g, '/').replace(/^\.?\//, ''),
  }));

  const manifests = files.filter((f) => detectKind(f.name, f.bytes) === 'manifest');
  if (manifests.length) {
    const shallowest = Math.min(...manifests.map((m) => depth(m.name)));
    const top = manifests.filter((m) => depth(m.name) === shallowest);
    if (top.length > 1)
      return {
        ok: false,
        errors: [
          skip(
            top.map((m) => m.name).join(', '),
            'one scenario at a time (one scenario.json): several found',
          ),
        ],
      };
    const root = dirOf((top[0] as ImportInput).name);
    const folder = new Map<string, Uint8Array>();
    const outside: LoadError[] = [];
    for (const f of files) {
      if (f.name.startsWith(root)) folder.set(f.name.slice(root.length), f.bytes);
      else outside.push(skip(f.name, `a file inside the scenario folder ${root || '(top level)'}`));
    }
    return importFolder(folder, outside, limits);
  }

  const drafts: Draft[] = [];
  const skipped: LoadError[] = [];
  for (const f of files) {
    const kind = detectKind(f.name, f.bytes);
    if (kind === 'junk') continue;
    if (kind === 'unknown' || kind === 'zip' || kind === 'manifest') {
      skipped.push(skip(f.name, 'a scenario folder or .zip, a .geojson, .kml, .gpx or ACLED .csv file'));
      continue;
    }
    const decoded = decodeText(f.name, f.bytes);
    if ('error' in decoded) {
      skipped.push(decoded.error);
      continue;
    }
    let draft: Draft | { errors: LoadError[] };
    if (kind === 'csv') draft = acledToDraft(f.name, decoded.text, limits);
    else if (kind === 'geojson') draft = geojsonToDraft(f.name, decoded.text, limits);
    else {
      const parseXml = options.parseXml ?? defaultXmlParser();
      draft = parseXml
        ? tracksToDraft(f.name, decoded.text, kind, parseXml, limits)
        : { errors: [skip(f.name, 'an XML parser for KML/GPX (pass options.parseXml)')] };
    }
    if ('errors' in draft) skipped.push(...draft.errors);
    else drafts.push(draft);
  }
  if (!drafts.length) {
    const names = files.map((f) => f.name).join(', ') || inputs.map((i) => i.name).join(', ');
    return {
      ok: false,
      errors: skipped.length ? skipped : [skip(names, 'at least one file with data in it')],
    };
  }
  return synthesizeScenario(drafts, skipped, limits, (options.now ?? Date.now)());
}

/**
 * Opens what the user picked or dropped: a scenario folder or .zip, a GeoJSON file, KML/GPX tracks or an
 * ACLED CSV export. Never throws: every problem comes back as a LoadError, and a partial import says what
 * was dropped, so the caller keeps the scenario in view until one loads.
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
      errors: [
        {
          file: inputs.map((i) => i.name).join(', ') || '(nothing)',
          field: '',
          value: describeValue(e instanceof Error ? `${e.name}: ${e.message}` : e),
          message: 'an input the importer can read (this is a Sandtable bug: please report it with the file)',
        },
      ],
    };
  }
}
