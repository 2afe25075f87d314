// Which draft was open when the page went away, kept in localStorage so the app knows at start-up, without
// loading the editor or IndexedDB, whether to reopen it.

export const OPEN_DRAFT_KEY = 'sandtable.editor.open';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function openDraftId(storage: Store | undefined): string | undefined {
  try {
    return storage?.getItem(OPEN_DRAFT_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberOpenDraft(storage: Store | undefined, id: string | undefined): void {
  try {
    if (id === undefined) storage?.removeItem(OPEN_DRAFT_KEY);
    else storage?.setItem(OPEN_DRAFT_KEY, id);
  } catch {
    // Private mode or a full store: the draft is still in IndexedDB and listed under "My scenarios".
  }
}
