import { zipSync } from 'fflate';

/** Same bytes for the same scenario: the timestamp is fixed, not the export's. */
const EPOCH = new Date('2000-01-01T00:00:00Z');

/**
 * Writes a scenario folder as a zip, inside a folder named after the scenario id, so unzipping it gives one
 * folder that `importFiles` (zip or folder pick) reads back identically.
 */
export function exportScenarioZip(files: Readonly<Record<string, string>>): Uint8Array {
  let folder = 'scenario';
  try {
    const id = (JSON.parse(files['scenario.json'] ?? '{}') as { id?: unknown }).id;
    if (typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) folder = id;
  } catch {
    // An unreadable manifest still exports, under the generic folder name.
  }
  const encoder = new TextEncoder();
  const entries: Record<string, Uint8Array> = {};
  for (const path of Object.keys(files).sort()) entries[`${folder}/${path}`] = encoder.encode(files[path]);
  return zipSync(entries, { level: 6, mtime: EPOCH });
}
