/** Where the Relief switch is remembered: a briefer who turned the relief off for a print keeps it off. */
export const RELIEF_KEY = 'sandtable.relief';

/** The relief as the user last left it: on unless they switched it off. */
export function rememberedRelief(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(RELIEF_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function rememberRelief(storage: Pick<Storage, 'setItem'> | undefined, on: boolean): void {
  try {
    storage?.setItem(RELIEF_KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered: the choice still holds for this session.
  }
}
