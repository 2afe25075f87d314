import { ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { FeatureState } from '../frame/frame-at';
import { sideColor } from '../cartography/symbology';
import { inkFor } from '../cartography/ink';
import type { LayerContext } from './layer-context';
import { pointOf } from '../cartography/point-of';

/** Places filled with the colour of whoever holds them at t, so a change of control reads on the marker. */
export function placeLayers(ctx: LayerContext): Layer[] {
  const { scenario, frame, theme } = ctx;
  const ink = inkFor(theme);
  const held = (s: FeatureState) => s.feature.control.length > 0;
  return [
    new ScatterplotLayer<FeatureState>({
      id: 'place-marker',
      data: frame.places.filter((p) => p.feature.geometry.type === 'Point'),
      getPosition: pointOf,
      getFillColor: (s) =>
        held(s) ? sideColor(scenario, s.controller ?? s.feature.props.side) : ink.outline,
      getLineColor: (s) => (held(s) ? ink.outline : ink.halo),
      getRadius: (s) => (held(s) ? 8 : 5),
      radiusUnits: 'pixels',
      stroked: true,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      pickable: true,
      updateTriggers: { getFillColor: frame.t },
    }),
  ];
}
