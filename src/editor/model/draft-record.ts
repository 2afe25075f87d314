import type { ScenarioFiles } from '../../scenario/load';
import { docFromFiles } from './draft-doc';
import type { DraftRecord } from './draft-store';
import { emptyHistory } from './history';

/** A new draft's key in IndexedDB: unique per click, never derived from the scenario (copies share ids). */
export function newDraftId(now: number, random: () => number = Math.random): string {
  return `draft-${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

/** A new draft holding a copy of these files (the built-in scenario's, an imported one's, a new one's). */
export function draftFromFiles(files: ScenarioFiles, title: string, now: number): DraftRecord {
  return { id: newDraftId(now), title, updated: now, doc: docFromFiles(files), history: emptyHistory() };
}

/** A copy of a draft under a new id and title, with its own (copied) history. */
export function duplicateDraft(draft: DraftRecord, title: string, now: number): DraftRecord {
  return { ...structuredClone(draft), id: newDraftId(now), title, updated: now };
}
