import type { ScenarioFiles } from '../scenario/load';
import { remembered } from '../model/remembered';

// The last scenario opened from disk, kept in IndexedDB (its files as loaded) so the next visit opens on it.

export interface StoredScenario {
  name: string;
  files: ScenarioFiles;
}

const session = remembered<StoredScenario>(
  'sandtable-session',
  'scenario',
  (record) => typeof record.files === 'object',
);

export async function saveImportedScenario(record: StoredScenario): Promise<void> {
  await session.save(record);
}

export async function loadImportedScenario(): Promise<StoredScenario | undefined> {
  return session.load();
}
