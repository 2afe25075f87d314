import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { FeatureState, Frame, MovementState } from '../engine/frame-at';
import { trailAt, type LonLat } from '../engine/track';
import type { Scenario } from '../scenario/model';
import { hexToRgba, type RGBA } from './color';

export interface LayerOptions {
  theme: 'projector' | 'print';
}

const NEUTRAL: RGBA = [160, 160, 160, 255];

function sideColor(scenario: Scenario, side: string | undefined, alpha = 255): RGBA {
  const spec = side ? scenario.sideById.get(side) : undefined;
  return spec ? hexToRgba(spec.color, alpha) : [NEUTRAL[0], NEUTRAL[1], NEUTRAL[2], alpha];
}

function pointOf(state: FeatureState): LonLat {
  const g = state.feature.geometry;
  return g.type === 'Point' ? [g.coordinates[0] as number, g.coordinates[1] as number] : [NaN, NaN];
}

/**
 * Deck layers for one frame. Rebuilt from scratch every frame with stable ids (deck.gl diffs them), so the
 * picture depends on nothing but the frame; `updateTriggers` carry `t` where accessors read it.
 */
export function buildLayers(scenario: Scenario, frame: Frame, options: LayerOptions): Layer[] {
  const outline: RGBA = options.theme === 'projector' ? [255, 255, 255, 255] : [20, 20, 20, 255];
  const points = frame.events.filter((e) => e.feature.geometry.type === 'Point');
  const places = frame.places.filter((p) => p.feature.geometry.type === 'Point');
  return [
    new PathLayer<MovementState>({
      id: 'movement-trails',
      data: frame.movements,
      getPath: (m) => trailAt(m.feature.track, m.index, m.head),
      getColor: (m) => sideColor(scenario, m.feature.props.side, m.status === 'done' ? 150 : 255),
      getWidth: 5,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      updateTriggers: { getPath: frame.t, getColor: frame.t },
    }),
    new ScatterplotLayer<FeatureState>({
      id: 'places',
      data: places,
      getPosition: pointOf,
      getFillColor: (p) => sideColor(scenario, p.controller ?? p.feature.props.side),
      getLineColor: outline,
      getRadius: 6,
      radiusUnits: 'pixels',
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      updateTriggers: { getFillColor: frame.t },
    }),
    new ScatterplotLayer<FeatureState>({
      id: 'events',
      data: points,
      getPosition: pointOf,
      getFillColor: (e) => sideColor(scenario, e.feature.props.side, 200),
      getLineColor: outline,
      getRadius: 5,
      radiusUnits: 'pixels',
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
    }),
    new ScatterplotLayer<MovementState>({
      id: 'movement-heads',
      data: frame.movements.filter((m) => m.status === 'moving'),
      getPosition: (m) => m.head,
      getFillColor: (m) => sideColor(scenario, m.feature.props.side),
      getLineColor: outline,
      getRadius: 9,
      radiusUnits: 'pixels',
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 2.5,
      updateTriggers: { getPosition: frame.t },
    }),
  ];
}
