import { IconLayer, LineLayer } from '@deck.gl/layers';
import { inkFor } from '../cartography/ink';
import type { Layer } from '@deck.gl/core';
import type { LayerContext } from './layer-context';
import type { PlacedSymbol } from '../symbols/symbols-at';

/**
 * Unit symbols at movement heads and places, as billboards of fixed screen size (a symbol is read, not
 * measured), placed by the scene (`symbolsAt`). Stable id, feature-keyed data; `updateTriggers` carry t.
 * No layer when symbols are off or the scenario has none, so the arrows alone remain. Symbols moved aside to keep
 * clear of each other and of town names get a leader line to their anchor.
 */
export function symbolLayers(ctx: LayerContext): Layer[] {
  if (!ctx.symbols || !ctx.symbols.placed.length) return [];
  const { atlas, placed } = ctx.symbols;
  const cellHeight = (s: PlacedSymbol) => atlas.mapping[s.icon.key]!.height / atlas.scale;
  const t = ctx.frame.t;
  const moved = placed.filter((s) => s.leaderTo);
  const ink = inkFor(ctx.theme).muted;
  return [
    // A symbol moved off its spot (see declutterSymbols) keeps a thin line back to where it stands.
    new LineLayer<PlacedSymbol>({
      id: 'unit-symbol-leaders',
      data: moved,
      getSourcePosition: (s) => s.position,
      getTargetPosition: (s) => s.leaderTo!,
      getColor: (s) => [ink[0], ink[1], ink[2], Math.round(s.alpha * 0.8)],
      getWidth: 1.5,
      widthUnits: 'pixels',
      updateTriggers: { getSourcePosition: t, getTargetPosition: t, getColor: [t, ctx.theme] },
    }),
    new IconLayer<PlacedSymbol>({
      id: 'unit-symbols',
      data: placed,
      iconAtlas: atlas.image as never,
      iconMapping: atlas.mapping,
      getIcon: (s) => s.icon.key,
      getPosition: (s) => s.position,
      // Offsets are to the symbol's anchor, which milsymbol puts at the frame's centre.
      getPixelOffset: (s) => s.offset,
      getSize: (s) => cellHeight(s) * s.scale,
      sizeUnits: 'pixels',
      billboard: true,
      getColor: (s) => [255, 255, 255, s.alpha],
      alphaCutoff: 0.02,
      pickable: true,
      updateTriggers: { getIcon: t, getPosition: t, getPixelOffset: t, getSize: t, getColor: t },
    }),
  ];
}
