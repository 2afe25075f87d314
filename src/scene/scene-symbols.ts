import type { LegendEntry } from '../cartography/legend-entry';
import type { Box } from '../cartography/place-labels';
import type { Frame } from '../frame/frame-at';
import type { Viewport } from '../map/viewport';
import type { Scenario } from '../model/scenario';
import type { LocalizedText } from '../model/schema';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import { symbolLegend } from '../symbols/symbol-legend';
import { symbolsAt, type PlacedSymbol } from '../symbols/symbols-at';
import { symbolBox } from './symbol-declutter';

/** Symbols this far outside the frame (CSS px) still count: part of them shows at the edge. */
const EDGE = 30;

/**
 * The unit symbols in the frame at t, placed for this viewport; only those the atlas can draw. Those outside
 * the frame are left out, so the legend lists what the audience can see.
 */
export function symbolsOnMap(
  scenario: Scenario,
  frame: Frame,
  viewport: Viewport,
  atlas: SymbolAtlas,
): PlacedSymbol[] {
  return symbolsAt(scenario, frame, viewport).filter((s) => {
    const [x, y] = viewport.project(s.position);
    const inFrame = x > -EDGE && y > -EDGE && x < viewport.width + EDGE && y < viewport.height + EDGE;
    return inFrame && atlas.mapping[s.icon.key];
  });
}

/** Where each symbol is drawn on screen, CSS px: for map labels to keep clear of. */
export function symbolBoxes(placed: readonly PlacedSymbol[], viewport: Viewport, atlas: SymbolAtlas): Box[] {
  return placed.map((s) => symbolBox(s, s.offset, viewport.project(s.position), atlas));
}

/**
 * The symbols' legend lines, in the legend's own vocabulary (each swatch is the symbol's atlas cell), and the
 * sentence saying how frames read under the perspective, which goes with the map's note.
 */
export function symbolLegendEntries(
  scenario: Scenario,
  frame: Frame,
  placed: readonly PlacedSymbol[],
): { entries: LegendEntry[]; framesNote?: LocalizedText } {
  if (!placed.length) return { entries: [] };
  const lines = symbolLegend(scenario, frame, placed);
  return {
    entries: lines.flatMap((e) =>
      e.icon
        ? [
            {
              key: e.key,
              group: 'symbol' as const,
              swatch: { type: 'symbol', icon: e.icon.key } as const,
              label: e.label,
              explanation: e.label,
            },
          ]
        : [],
    ),
    framesNote: lines.find((e) => !e.icon)?.label,
  };
}
