import { strToU8, zipSync } from 'fflate';
import type { Lang } from '../i18n/localize';
import type { Scenario } from '../model/scenario';
import { iconKey, kmlDocument } from './kml';
import { fileNameOf, notesText, type DataExport, type DataExportOptions } from './shared';

/** Same bytes for the same scenario: the archive's timestamp is fixed, not the export's. */
const EPOCH = new Date('2000-01-01T00:00:00Z');

/**
 * The KML zipped with each unit symbol as a PNG icon (icons/…), so Google Earth shows the units as Sandtable
 * draws them, and notes.txt saying what the format could not carry.
 */
export async function exportKmz(scenario: Scenario, options: DataExportOptions = {}): Promise<DataExport> {
  const lang: Lang = options.lang ?? 'en';
  const files: Record<string, Uint8Array> = {};
  const icons = new Map<string, string>();
  let missing = false;
  for (const f of scenario.features) {
    const key = iconKey(scenario, f);
    if (!key || icons.has(key) || !f.props.sidc) continue;
    const png = options.symbolPng ? await options.symbolPng(f.props.sidc, f.props.side) : undefined;
    if (!png) {
      missing = true;
      continue;
    }
    const name = `icons/${key.replace(/[^A-Za-z0-9._-]/g, '-')}.png`;
    files[name] = png;
    icons.set(key, name);
  }
  const { kml, notes } = kmlDocument(scenario, { lang, icons });
  if (missing) notes.add('noteDataIcons');
  const lines = notes.render(lang);
  files['doc.kml'] = strToU8(kml);
  files['notes.txt'] = strToU8(notesText(scenario, 'KMZ', lines, lang));
  // doc.kml first: Google Earth opens the first .kml of the archive.
  const ordered: Record<string, Uint8Array> = { 'doc.kml': files['doc.kml'] };
  for (const k of Object.keys(files).sort()) if (k !== 'doc.kml') ordered[k] = files[k] as Uint8Array;
  return {
    data: zipSync(ordered, { level: 6, mtime: EPOCH }),
    mime: 'application/vnd.google-earth.kmz',
    fileName: fileNameOf(scenario, 'kmz'),
    notes: lines,
  };
}
