import type { Layer } from '@deck.gl/core';
import { BASEMAP_FIRST_LABEL_LAYER } from '../map/basemap-style';
import { clashZoneLayers, eventLayers } from './event-layers';
import { contextLayers } from './context-layers';
import { labelLayers } from './label-layers';
import type { LayerContext } from './layer-context';
import { movementLayers } from './movement-layers';
import { placeLayers } from './place-layers';
import { uncertaintyLayers } from './uncertainty-layers';
import { symbolLayers } from './symbol-layers';

/**
 * Deck layers for one frame, bottom to top. Rebuilt from scratch every frame with stable ids (deck.gl diffs
 * them), so the picture depends on nothing but the context; `updateTriggers` carry `t` where accessors read it.
 */
export function buildLayers(ctx: LayerContext): Layer[] {
  // Geometry goes under the basemap's town names (so they stay readable) but over its dots, roads and other
  // labels; our own labels go on top of everything.
  const underLabels = (layers: Layer[]) =>
    layers.map((l) => l.clone({ beforeId: BASEMAP_FIRST_LABEL_LAYER } as Partial<Layer['props']>));
  return [
    ...underLabels([
      ...contextLayers(ctx),
      ...clashZoneLayers(ctx),
      ...uncertaintyLayers(ctx),
      ...movementLayers(ctx),
      ...placeLayers(ctx),
      ...eventLayers(ctx),
    ]),
    // Unit symbols over the geometry and the basemap's names, under our own labels.
    ...symbolLayers(ctx),
    ...labelLayers(ctx),
  ];
}
