import type { DeepLink } from './deep-link';

// What was open when the page went away, so the next visit comes back to it: which scenario (the built-in one,
// an imported one kept in IndexedDB, or an editor draft) and the moment shown, as the link the page had then.

export const LAST_OPEN_KEY = 'sandtable.last-open';

export type LastScenario =
  { kind: 'builtin' } | { kind: 'imported'; name: string } | { kind: 'draft'; id: string };

export interface LastOpen {
  scenario: LastScenario;
  /** The page's hash when last written (`#t=…&chapter=…&view=…`): the moment and camera shown. */
  hash: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function readLastOpen(storage: Store | undefined): LastOpen | undefined {
  try {
    const value = JSON.parse(storage?.getItem(LAST_OPEN_KEY) ?? 'null') as Partial<LastOpen> | null;
    const s = value?.scenario;
    if (!s || typeof value.hash !== 'string') return undefined;
    if (s.kind === 'builtin') return { scenario: { kind: 'builtin' }, hash: value.hash };
    if (s.kind === 'imported' && typeof s.name === 'string') return { scenario: s, hash: value.hash };
    if (s.kind === 'draft' && typeof s.id === 'string') return { scenario: s, hash: value.hash };
    return undefined;
  } catch {
    return undefined;
  }
}

export function writeLastOpen(storage: Store | undefined, last: LastOpen): void {
  try {
    storage?.setItem(LAST_OPEN_KEY, JSON.stringify(last));
  } catch {
    // Private mode or a full store: the next visit opens on the built-in scenario, as a first one does.
  }
}

const hasAny = (link: DeepLink) =>
  link.t !== undefined || link.chapter !== undefined || link.view !== undefined;

/**
 * The moment to open on: the address's own link wins over the one remembered; a link's time outside the
 * scenario is left out (and returned as `ignored`, for a notice), never clamped to an end. With nothing left
 * of the link, the remembered moment (when inside the range) is used.
 */
export function startLink(
  link: DeepLink,
  remembered: DeepLink | undefined,
  range: { start: number; end: number },
): { link: DeepLink; ignored?: number } {
  const inside = (t: number | undefined) => t === undefined || (t >= range.start && t <= range.end);
  let ignored: number | undefined;
  let own = link;
  if (!inside(link.t)) {
    ignored = link.t;
    own = { ...link };
    delete own.t;
  }
  if (hasAny(own)) return { link: own, ...(ignored !== undefined && { ignored }) };
  const fallback = remembered && inside(remembered.t) ? remembered : {};
  return { link: fallback, ...(ignored !== undefined && { ignored }) };
}
