import { PathLayer, ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { FeatureState, MovementState } from '../frame/frame-at';
import type { MovementFeature } from '../model/scenario';
import { corridorRing, memoByFeature } from '../cartography/shapes';
import { markerAlpha, sideColor } from '../cartography/symbology';
import { corridorStates, haloStates } from '../cartography/uncertainty-states';
import type { LayerContext } from './layer-context';
import { pointOf } from '../cartography/point-of';

const dashes = new PathStyleExtension({ dash: true });

const corridorOf = memoByFeature((f: MovementFeature) =>
  corridorRing(f.track.coords, f.props.coordUncertaintyKm ?? []),
);

/**
 * Spatial uncertainty on the ground: a halo of the stated radius in metres around an uncertain point (it
 * scales with zoom), and a corridor whose width is the route's uncertainty, widest where least known.
 */
export function uncertaintyLayers(ctx: LayerContext): Layer[] {
  const { scenario, frame } = ctx;
  const halos = haloStates(frame);
  const corridors = corridorStates(frame);
  const colorOf = (s: FeatureState, a: number) =>
    sideColor(scenario, s.controller ?? s.feature.props.side, (a * markerAlpha(s, frame.t)) / 255);
  return [
    new SolidPolygonLayer<MovementState>({
      id: 'corridor-fill',
      data: corridors,
      getPolygon: (m) => corridorOf(m.feature),
      getFillColor: (m) => sideColor(scenario, m.feature.props.side, m.status === 'done' ? 30 : 55),
      updateTriggers: { getFillColor: frame.t },
    }),
    new PathLayer<MovementState, PathStyleExtensionProps<MovementState>>({
      id: 'corridor-edge',
      data: corridors,
      getPath: (m) => corridorOf(m.feature),
      getColor: (m) => sideColor(scenario, m.feature.props.side, m.status === 'done' ? 110 : 200),
      getWidth: 1.5,
      widthUnits: 'pixels',
      getDashArray: [6, 5],
      extensions: [dashes],
      updateTriggers: { getColor: frame.t },
    }),
    new ScatterplotLayer<FeatureState, PathStyleExtensionProps<FeatureState>>({
      id: 'uncertainty-halo',
      data: halos,
      getPosition: pointOf,
      getRadius: (s) => (s.feature.props.uncertaintyKm ?? 0) * 1000,
      radiusUnits: 'meters',
      stroked: true,
      filled: true,
      getFillColor: (s) => colorOf(s, 38),
      getLineColor: (s) => colorOf(s, 170),
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
      getDashArray: [5, 4],
      extensions: [dashes],
      updateTriggers: { getFillColor: frame.t, getLineColor: frame.t },
    }),
  ];
}
