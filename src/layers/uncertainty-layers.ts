import { PathLayer, ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { FeatureState, Frame, MovementState } from '../engine/frame-at';
import type { MovementFeature } from '../scenario/model';
import { corridorRing, memoByFeature } from '../cartography/shapes';
import { markerAlpha, sideColor } from '../cartography/symbology';
import type { LayerContext } from './layer-context';
import { pointOf } from './point-of';

const dashes = new PathStyleExtension({ dash: true });

const corridorOf = memoByFeature((f: MovementFeature) =>
  corridorRing(f.track.coords, f.props.coordUncertaintyKm ?? []),
);

/** Point features with a stated radius: places always, events while they are current. */
export function haloStates(frame: Frame): FeatureState[] {
  const withRadius = (s: FeatureState) =>
    s.feature.geometry.type === 'Point' && (s.feature.props.uncertaintyKm ?? 0) > 0;
  return [...frame.places.filter(withRadius), ...frame.events.filter((e) => withRadius(e) && e.inWindow)];
}

/** Movements whose route is known only as a corridor (per-vertex uncertainty). */
export function corridorStates(frame: Frame): MovementState[] {
  return frame.movements.filter(
    (m) => (m.feature.props.coordUncertaintyKm ?? []).some((w) => w > 0) && isCorridor(m.feature),
  );
}

/** A route counts as a corridor when it is estimated: a reported road move is drawn on its road. */
function isCorridor(f: MovementFeature): boolean {
  return f.props.certainty === 'estimated' || f.props.certainty === 'claimed';
}

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
