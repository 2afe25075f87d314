/** What the focused element is, as far as the page's shortcuts care. */
export type KeyTarget = 'text' | 'map' | 'control' | 'page';

export type PageKeyAction =
  | { kind: 'legend' }
  | { kind: 'play' }
  | { kind: 'event'; direction: 1 | -1 }
  | { kind: 'chapter'; direction: 1 | -1 }
  /** ←/→ an hour (with Shift a day), Home/End the ends: what the time slider's own keys do. */
  | { kind: 'time'; key: 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End'; shift: boolean };

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Where the focused element sits: a text field keeps every key, the map its arrows and +/−. */
export function keyTargetOf(el: Element | null): KeyTarget {
  if (!el) return 'page';
  const text = 'textarea, select, input:not([type="range"]):not([type="checkbox"]), [contenteditable="true"]';
  if (el.closest(text)) return 'text';
  if (el.closest('.maplibregl-map')) return 'map';
  if (el.closest('button, a[href], input[type="checkbox"], [role^="menuitem"]')) return 'control';
  return 'page';
}

/**
 * The README's shortcuts, anywhere outside a text field: ←/→ and Shift+←/→, Home/End, [ ], Space,
 * PageUp/PageDown, G. The map keeps its arrows (pan, rotate) while it has focus; a button keeps Space (it
 * presses it); the presenter has its own keys, all but G.
 */
export function pageKeyAction(
  event: KeyLike,
  target: KeyTarget,
  presenting: boolean,
): PageKeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || target === 'text') return undefined;
  const { key } = event;
  if (key === 'g' || key === 'G') return { kind: 'legend' };
  if (presenting) return undefined;
  if (key === ' ') return target === 'control' ? undefined : { kind: 'play' };
  if (key === ']' || key === '[') return { kind: 'event', direction: key === ']' ? 1 : -1 };
  if (key === 'PageDown' || key === 'PageUp')
    return { kind: 'chapter', direction: key === 'PageDown' ? 1 : -1 };
  if (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End')
    return target === 'map' ? undefined : { kind: 'time', key, shift: event.shiftKey };
  return undefined;
}
