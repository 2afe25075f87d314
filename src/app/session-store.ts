import type { ScenarioFiles } from '../scenario/load';
import { lazyFiles, packedSource, type PackedFiles } from '../import/worker/packed-files';
import { remembered } from '../model/remembered';

// The last scenario opened from disk, kept in IndexedDB (its files as loaded) so the next visit opens on it.

export interface StoredScenario {
  name: string;
  files: ScenarioFiles;
}

/**
 * As kept: an import's files as the UTF-8 bytes they came from the worker in (`packed`): storing 25 MB of
 * text as strings cloned them on the page's thread for half a second, a byte array is copied at once.
 */
type StoredRecord = { name: string } & ({ files: ScenarioFiles } | { packed: PackedFiles });

const session = remembered<StoredRecord>(
  'sandtable-session',
  'scenario',
  (record) =>
    typeof record.name === 'string' &&
    (('packed' in record && record.packed?.bytes instanceof Uint8Array) ||
      ('files' in record && typeof record.files === 'object')),
);

export async function saveImportedScenario(record: StoredScenario): Promise<void> {
  const packed = packedSource(record.files);
  await session.save(packed ? { name: record.name, packed } : record);
}

export async function loadImportedScenario(): Promise<StoredScenario | undefined> {
  const record = await session.load();
  if (!record) return undefined;
  return 'packed' in record ? { name: record.name, files: lazyFiles(record.packed) } : record;
}
