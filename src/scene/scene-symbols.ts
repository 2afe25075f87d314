import type { LegendEntry } from '../cartography/legend-entry';
import type { Box } from '../cartography/place-labels';
import type { Frame } from '../engine/frame-at';
import type { Viewport } from '../map/viewport';
import type { Scenario } from '../model/scenario';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import { symbolLegend } from '../symbols/symbol-legend';
import { symbolsAt, type PlacedSymbol } from '../symbols/symbols-at';

/** The unit symbols on the map at t, placed for this viewport; only those the atlas can draw. */
export function symbolsOnMap(
  scenario: Scenario,
  frame: Frame,
  viewport: Viewport,
  atlas: SymbolAtlas,
): PlacedSymbol[] {
  return symbolsAt(scenario, frame, viewport).filter((s) => atlas.mapping[s.icon.key]);
}

/** Where each symbol is drawn on screen, CSS px: for map labels to keep clear of. */
export function symbolBoxes(placed: readonly PlacedSymbol[], viewport: Viewport, atlas: SymbolAtlas): Box[] {
  return placed.map((s) => {
    const cell = atlas.mapping[s.icon.key]!;
    const k = s.scale / atlas.scale;
    const [x, y] = viewport.project(s.position);
    const x0 = x + s.offset[0] - cell.anchorX * k;
    const y0 = y + s.offset[1] - cell.anchorY * k;
    return { x0, y0, x1: x0 + cell.width * k, y1: y0 + cell.height * k };
  });
}

/**
 * The symbols' legend lines, in the legend's own vocabulary: each symbol's swatch is its atlas cell; the line
 * saying how frames read under the perspective takes the first symbol's cell.
 */
export function symbolLegendEntries(
  scenario: Scenario,
  frame: Frame,
  placed: readonly PlacedSymbol[],
): LegendEntry[] {
  if (!placed.length) return [];
  const first = placed[0]!.icon.key;
  return symbolLegend(scenario, frame, placed).map((e) => ({
    key: e.key,
    swatch: { type: 'symbol', icon: e.icon?.key ?? first },
    label: e.label,
  }));
}
