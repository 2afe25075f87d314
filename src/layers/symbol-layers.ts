import { IconLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { LayerContext } from './layer-context';
import type { PlacedSymbol } from '../symbols/symbols-at';

/**
 * Unit symbols at movement heads and places, as billboards of fixed screen size (a symbol is read, not
 * measured), placed by the scene (`symbolsAt`). Stable id, feature-keyed data; `updateTriggers` carry t.
 * No layer when symbols are off or the scenario has none, so the arrows alone remain.
 */
export function symbolLayers(ctx: LayerContext): Layer[] {
  if (!ctx.symbols || !ctx.symbols.placed.length) return [];
  const { atlas, placed } = ctx.symbols;
  const cellHeight = (s: PlacedSymbol) => atlas.mapping[s.icon.key]!.height / atlas.scale;
  const t = ctx.frame.t;
  return [
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
