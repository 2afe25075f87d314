import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import type { SymbolOptions } from 'milsymbol';
import { affiliationOf } from './affiliation';
import { withAffiliation, type Affiliation } from './sidc';

/** One symbol as drawn: a SIDC with its identity set, for one side (the fill when there is no perspective). */
export interface SymbolIcon {
  /** Stable id in the atlas: the drawn SIDC, plus the side when the side's colour fills it. */
  key: string;
  sidc: string;
  side: string;
  affiliation: Affiliation;
}

/** The symbol's octagon on screen, CSS px at 1080p: large enough to read from the back of a room. */
export const SYMBOL_SIZE_PX = 30;
/** The atlas is drawn at this many device px per CSS px, so 2× exports stay sharp. */
export const ATLAS_SCALE = 2;

export function symbolIcon(
  scenario: Pick<Scenario, 'sideById' | 'perspective'>,
  sidc: string,
  side: string,
): SymbolIcon {
  const affiliation = affiliationOf(scenario, side);
  const drawn = withAffiliation(sidc, affiliation);
  return { key: affiliation === 'side' ? `${drawn}@${side}` : drawn, sidc: drawn, side, affiliation };
}

/**
 * Every symbol the scenario can show, whatever t: each feature's SIDC for its own side and for each side
 * that holds it at some time (a captured camp changes hands). Sorted by key, so the atlas is laid out the
 * same way on every run.
 */
export function scenarioSymbols(scenario: Scenario): SymbolIcon[] {
  const byKey = new Map<string, SymbolIcon>();
  for (const f of scenario.features) {
    const sidcs = [f.props.sidc, ...(f.props.sidcChanges ?? []).map((c) => c.sidc)];
    for (const sidc of sidcs) {
      if (!sidc) continue;
      for (const side of new Set([f.props.side, ...f.control.map((c) => c.side)])) {
        const icon = symbolIcon(scenario, sidc, side);
        byKey.set(icon.key, icon);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * milsymbol's options for one icon. With a perspective the standard's affiliation colours apply; without
 * one the side's own colour fills the frame. The outline keeps the black frame readable on the dark
 * projector map and is a thin white casing on paper.
 */
export function symbolOptions(
  icon: SymbolIcon,
  scenario: Pick<Scenario, 'sideById'>,
  theme: Theme,
): SymbolOptions {
  const options: SymbolOptions = {
    size: SYMBOL_SIZE_PX * ATLAS_SCALE,
    colorMode: 'Light',
    outlineWidth: theme === 'projector' ? 5 * ATLAS_SCALE : 2 * ATLAS_SCALE,
    outlineColor: theme === 'projector' ? 'rgb(235,235,235)' : 'rgb(255,255,255)',
    strokeWidth: 4,
    // Text amplifiers are off: the map's own labels say who and what.
    infoFields: false,
  };
  if (icon.affiliation === 'side') {
    const color = scenario.sideById.get(icon.side)?.color;
    if (color) options.fillColor = color;
  }
  return options;
}
