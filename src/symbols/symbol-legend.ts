import type { Frame } from '../frame/frame-at';
import { localize } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import type { LocalizedText } from '../model/schema';
import type { SymbolIcon } from './symbol-icons';
import { symbolMeaning } from './symbol-meaning';
import { symbolsAt, type PlacedSymbol } from './symbols-at';

/** A legend line for a unit symbol: the icon as drawn and what it means, in words. */
export interface SymbolLegendEntry {
  key: string;
  /** The atlas cell to draw as the swatch; absent for the line that explains the frames. */
  icon?: SymbolIcon;
  label: LocalizedText;
}

const noScreen = { project: (p: [number, number]): [number, number] => p };

/**
 * The symbols on the map at t, each with its meaning in EN and FR, from the same placement the layer uses
 * (`symbolsAt`, or the scene's own), then one line saying how frames are to be read under the perspective.
 */
export function symbolLegend(
  scenario: Scenario,
  frame: Frame,
  placed: readonly PlacedSymbol[] = symbolsAt(scenario, frame, noScreen),
): SymbolLegendEntry[] {
  if (!placed.length) return [];
  const byId = new Map<string, ScenarioFeature>(scenario.features.map((f) => [f.id, f]));
  const groups = new Map<string, { icon: SymbolIcon; estimated: boolean }>();
  for (const s of placed) {
    const f = byId.get(s.id)!;
    const estimated = (f.props.sidcCertainty ?? f.props.certainty) === 'estimated';
    const key = `${s.icon.key}${estimated ? '~' : ''}`;
    groups.set(key, { icon: s.icon, estimated });
  }
  const sideName = (id: string, lang: 'en' | 'fr') => {
    const side = scenario.sideById.get(id);
    return side ? localize(side.shortName ?? side.name, lang) : id;
  };
  const entries: SymbolLegendEntry[] = [...groups].map(([key, { icon, estimated }]) => {
    const label = (lang: 'en' | 'fr') => {
      const meaning = symbolMeaning(icon.sidc, icon.affiliation, lang, sideName(icon.side, lang));
      return estimated ? `${meaning}, ${ui(lang, 'symbolTypeEstimated')}` : meaning;
    };
    return { key: `symbol-${key}`, icon, label: { en: label('en'), fr: label('fr') } };
  });
  entries.push({ key: 'symbol-frames', label: framesNote(scenario, sideName) });
  return entries;
}

function framesNote(scenario: Scenario, sideName: (id: string, lang: 'en' | 'fr') => string): LocalizedText {
  const p = scenario.perspective;
  if (p === undefined || p === 'neutral')
    return { en: ui('en', 'symbolFramesNeutral'), fr: ui('fr', 'symbolFramesNeutral') };
  return {
    en: ui('en', 'symbolFramesOf', { side: sideName(p, 'en') }),
    fr: ui('fr', 'symbolFramesOf', { side: sideName(p, 'fr') }),
  };
}
