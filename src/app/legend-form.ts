/** The legend forms a user can pick; `auto` lets the layout choose for the frame. */
export type LegendChoice = 'auto' | 'expanded' | 'collapsed';

const key = (width: number, height: number) => `sandtable.legend.${Math.round(width)}x${Math.round(height)}`;

/**
 * What the user chose for a screen of this size: a legend collapsed on a laptop need not be collapsed on
 * the projector the same browser drives next.
 */
export function rememberedLegendForm(
  storage: Pick<Storage, 'getItem'> | undefined,
  width: number,
  height: number,
): LegendChoice {
  try {
    const value = storage?.getItem(key(width, height));
    return value === 'expanded' || value === 'collapsed' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

export function rememberLegendForm(
  storage: Pick<Storage, 'setItem'> | undefined,
  width: number,
  height: number,
  form: LegendChoice,
): void {
  try {
    storage?.setItem(key(width, height), form);
  } catch {
    // Not remembered: the choice still holds for this session.
  }
}

/** The G key and the Legend button: the other form from the one on screen. */
export function toggledLegendForm(shown: 'expanded' | 'collapsed' | 'explained' | undefined): LegendChoice {
  return shown === 'collapsed' ? 'expanded' : 'collapsed';
}
