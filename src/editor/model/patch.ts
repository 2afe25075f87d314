import type { DocEntry, DraftDoc } from './draft-doc';

/**
 * One invertible step of an edit: a feature replaced, added (before undefined) or removed (after undefined),
 * or one top-level field of scenario.json set or removed. Each holds only what it touches, so hundreds of
 * undo steps stay small enough to persist with the draft.
 */
export type Patch =
  | { kind: 'feature'; id: string; index: number; before?: DocEntry; after?: DocEntry }
  | { kind: 'manifest'; key: string; before?: unknown; after?: unknown };

/** What one user action changed: undone and redone as a whole. */
export interface Change {
  patches: Patch[];
}

export class PatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatchError';
  }
}

export function invertPatch(p: Patch): Patch {
  return { ...p, before: p.after, after: p.before } as Patch;
}

export function invertChange(c: Change): Change {
  return { patches: c.patches.map(invertPatch).reverse() };
}

function applyOne(
  doc: DraftDoc,
  entries: DocEntry[] | undefined,
  p: Patch,
): [DraftDoc, DocEntry[] | undefined] {
  if (p.kind === 'manifest') {
    const manifest = { ...doc.manifest };
    if (p.after === undefined) delete manifest[p.key];
    else manifest[p.key] = p.after;
    return [{ ...doc, manifest }, entries];
  }
  const list = entries ?? [...doc.entries];
  const at = list.findIndex((e) => e.feature.properties.id === p.id);
  if (p.before && at < 0) throw new PatchError(`No feature "${p.id}" to change`);
  if (!p.before && at >= 0) throw new PatchError(`A feature "${p.id}" already exists`);
  if (p.before && p.after) list[at] = p.after;
  else if (p.before) list.splice(at, 1);
  else if (p.after) list.splice(Math.min(Math.max(p.index, 0), list.length), 0, p.after);
  return [doc, list];
}

/**
 * The doc after a change. The entries array is copied at most once per change, and untouched entries keep
 * their identity. Throws PatchError when the change does not fit the doc (a corrupt history).
 */
export function applyChange(doc: DraftDoc, change: Change): DraftDoc {
  let entries: DocEntry[] | undefined;
  let out = doc;
  for (const p of change.patches) [out, entries] = applyOne(out, entries, p);
  return entries ? { ...out, entries } : out;
}

/** The patch that sets a feature to `after` (undefined deletes it); the position is where it stands now. */
export function featurePatch(doc: DraftDoc, id: string, after: DocEntry | undefined): Patch {
  const index = doc.entries.findIndex((e) => e.feature.properties.id === id);
  const before = index >= 0 ? doc.entries[index] : undefined;
  return { kind: 'feature', id, index: index >= 0 ? index : doc.entries.length, before, after };
}

export function manifestPatch(doc: DraftDoc, key: string, after: unknown): Patch {
  return { kind: 'manifest', key, before: doc.manifest[key], after };
}
