import { applyChange, invertChange, type Change } from './patch';
import type { DraftDoc } from './draft-doc';

/** Undo and redo stacks of changes, oldest first; plain data, persisted with the draft. */
export interface History {
  done: Change[];
  undone: Change[];
}

/** More than the 200 steps asked for; a step holds only the features and fields it touched. */
export const HISTORY_LIMIT = 500;

export const emptyHistory = (): History => ({ done: [], undone: [] });

/** Applies a new change: it joins the undo stack and clears the redo stack. */
export function record(doc: DraftDoc, history: History, change: Change): { doc: DraftDoc; history: History } {
  if (change.patches.length === 0) return { doc, history };
  const next = applyChange(doc, change);
  const done = [...history.done, change];
  if (done.length > HISTORY_LIMIT) done.splice(0, done.length - HISTORY_LIMIT);
  return { doc: next, history: { done, undone: [] } };
}

/** Undoes the last change; the same doc and history when there is none. */
export function undo(doc: DraftDoc, history: History): { doc: DraftDoc; history: History } {
  const last = history.done.at(-1);
  if (!last) return { doc, history };
  return {
    doc: applyChange(doc, invertChange(last)),
    history: { done: history.done.slice(0, -1), undone: [...history.undone, last] },
  };
}

export function redo(doc: DraftDoc, history: History): { doc: DraftDoc; history: History } {
  const next = history.undone.at(-1);
  if (!next) return { doc, history };
  return {
    doc: applyChange(doc, next),
    history: { done: [...history.done, next], undone: history.undone.slice(0, -1) },
  };
}
