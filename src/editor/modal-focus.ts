export interface ModalFocusOptions {
  /** Escape was pressed inside the dialog. */
  onescape: () => void;
}

const FOCUSABLE = 'button, select, input, [href], [tabindex="0"]';

/** The controls of `root` that can take focus now, in document order. */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.matches(':disabled') && el.getClientRects().length > 0,
  );
}

/**
 * Keeps keyboard focus inside a modal dialog (a Svelte action): focus goes to its first control on mount, Tab
 * wraps at the ends, focus that lands outside (a script, a screen reader's cursor) comes back, and on destroy
 * focus returns to the control that had it before the dialog opened.
 */
export function modalFocus(node: HTMLElement, options: ModalFocusOptions) {
  let current = options;
  // Read before the dialog takes focus, so it is the control that opened the dialog.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  let closing = false;

  const onKeydown = (event: KeyboardEvent) => {
    // The app's own shortcuts (play, step, chapters) must not act on the map behind a modal dialog.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      current.onescape();
    } else if (event.key === 'Tab') {
      const list = focusables(node);
      const at = document.activeElement as HTMLElement;
      if (!list.includes(at) || at === (event.shiftKey ? list[0] : list.at(-1))) {
        event.preventDefault();
        (event.shiftKey ? list.at(-1) : list[0])?.focus();
      }
    }
  };
  const onFocusin = (event: FocusEvent) => {
    if (!closing && !node.contains(event.target as Node)) focusables(node)[0]?.focus();
  };

  node.addEventListener('keydown', onKeydown);
  document.addEventListener('focusin', onFocusin);
  focusables(node)[0]?.focus();
  return {
    update(options: ModalFocusOptions) {
      current = options;
    },
    destroy() {
      closing = true;
      node.removeEventListener('keydown', onKeydown);
      document.removeEventListener('focusin', onFocusin);
      if (opener?.isConnected) opener.focus();
    },
  };
}
