/**
 * GPU uploads still under way in this page (a large scenario's tracks go up a few MB a frame). While any is,
 * the maps keep drawing frames and are not "idle": what waits for a finished picture (exports, `rendered()`)
 * waits for them as it waits for tiles.
 */
const pending = new Set<object>();
const listeners = new Set<(busy: boolean) => void>();

export function uploadsPending(): boolean {
  return pending.size > 0;
}

/** `key` has data left to upload (again, harmlessly, each frame it still has). */
export function uploadPending(key: object): void {
  if (pending.has(key)) return;
  pending.add(key);
  if (pending.size === 1) for (const fn of listeners) fn(true);
}

/** `key` is done (or gone). */
export function uploadDone(key: object): void {
  if (!pending.delete(key)) return;
  if (pending.size === 0) for (const fn of listeners) fn(false);
}

/** Calls `fn` when uploads start (true) and when the last ends (false); returns the unsubscribe. */
export function onUploads(fn: (busy: boolean) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
