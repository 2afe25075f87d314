import { IconLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { LayerContext } from './layer-context';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import { symbolsAt, type PlacedSymbol } from '../symbols/symbols-at';

/** What the symbol layer reads besides the frame: the atlas (drawn once, see symbol-atlas.ts) and the toggle. */
export interface SymbolLayerContext extends LayerContext {
  symbols?: SymbolAtlas;
  /** The "Symbols" toggle: off shows the arrows alone. */
  showSymbols?: boolean;
}

/**
 * Unit symbols at movement heads and places, as billboards of fixed screen size (a symbol is read, not
 * measured). Stable id and feature-keyed data; `updateTriggers` carry t and the language-free atlas.
 */
export function symbolLayers(ctx: SymbolLayerContext): Layer[] {
  const atlas = ctx.symbols;
  if (!atlas || ctx.showSymbols === false) return [];
  const data = symbolsAt(ctx.scenario, ctx.frame, ctx.screen).filter((s) => atlas.mapping[s.icon.key]);
  const cellHeight = (s: PlacedSymbol) => atlas.mapping[s.icon.key]!.height / atlas.scale;
  // Offsets are to the symbol's centre; deck.gl offsets the anchor, which milsymbol puts at the frame's centre.
  const t = ctx.frame.t;
  return [
    new IconLayer<PlacedSymbol>({
      id: 'unit-symbols',
      data,
      iconAtlas: atlas.image as never,
      iconMapping: atlas.mapping,
      getIcon: (s) => s.icon.key,
      getPosition: (s) => s.position,
      getPixelOffset: (s) => s.offset,
      getSize: (s) => cellHeight(s) * s.scale,
      sizeUnits: 'pixels',
      billboard: true,
      getColor: (s) => [255, 255, 255, s.alpha],
      alphaCutoff: 0.02,
      pickable: true,
      updateTriggers: {
        getIcon: t,
        getPosition: t,
        getPixelOffset: t,
        getSize: t,
        getColor: t,
      },
    }),
  ];
}
