import { IconLayer, PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Polygon } from 'geojson';
import type { FeatureState } from '../engine/frame-at';
import { isClaimed, isContested, markerAlpha, pulsePhase, sideColor } from '../cartography/symbology';
import { ICON_MAPPING } from './icon-atlas';
import type { RGBA } from '../cartography/legend-entry';
import { inkFor } from '../cartography/ink';
import type { LayerContext } from './layer-context';
import { pointOf } from '../cartography/point-of';

const dashes = new PathStyleExtension({ dash: true });

const isPoint = (s: FeatureState) => s.feature.geometry.type === 'Point';

/** Areas of fighting: bright while the fight lasts, faint after; a dashed edge where the outcome is contested. */
export function clashZoneLayers(ctx: LayerContext): Layer[] {
  const { scenario, frame } = ctx;
  const t = frame.t;
  const zones = frame.events.filter((e) => e.feature.geometry.type === 'Polygon');
  const fade = (s: FeatureState, a = 255) => (a * markerAlpha(s, t)) / 255;
  const color = (s: FeatureState, a = 255) => sideColor(scenario, s.feature.props.side, fade(s, a));
  const triggers = { getFillColor: t, getLineColor: t };
  return [
    new PolygonLayer<FeatureState, PathStyleExtensionProps<FeatureState>>({
      id: 'clash-zone',
      data: zones,
      getPolygon: (s) => (s.feature.geometry as Polygon).coordinates,
      getFillColor: (s) => color(s, s.inWindow ? 90 : 25),
      getLineColor: (s) =>
        isContested(s.feature.props)
          ? sideColor(
              scenario,
              s.feature.props.claims?.find((c) => c.by !== s.feature.props.side)?.by,
              fade(s, 230),
            )
          : color(s, 200),
      getLineWidth: (s) => (s.inWindow ? 3 : 1.5),
      lineWidthUnits: 'pixels',
      getDashArray: (s) => (isContested(s.feature.props) ? [8, 6] : [0, 0]),
      extensions: [dashes],
      pickable: true,
      updateTriggers: { ...triggers, getLineWidth: t },
    }),
  ];
}

/**
 * Strikes and events. A strike pulses while it happens (phase from `t`), then stays as a
 * fading marker; one known only to a window carries a dashed "time uncertain" ring while the window lasts.
 */
export function eventLayers(ctx: LayerContext): Layer[] {
  const { scenario, frame, theme } = ctx;
  const ink = inkFor(theme);
  const t = frame.t;
  const strikes = frame.events.filter((e) => e.feature.kind === 'strike' && isPoint(e));
  const markers = frame.events.filter((e) => e.feature.kind !== 'strike' && isPoint(e));
  const pulsing = strikes.flatMap((s) => {
    const phase = pulsePhase(s, t);
    // Two rings half a period apart, so the pulse reads as continuous.
    return phase === null
      ? []
      : [
          { s, phase },
          { s, phase: (phase + 0.5) % 1 },
        ];
  });
  const uncertainTime = frame.events.filter((e) => isPoint(e) && e.feature.windowed && e.inWindow);
  const fade = (s: FeatureState, a = 255) => (a * markerAlpha(s, t)) / 255;
  const color = (s: FeatureState, a = 255) => sideColor(scenario, s.feature.props.side, fade(s, a));
  const outline = (s: FeatureState): [number, number, number, number] => [
    ink.outline[0],
    ink.outline[1],
    ink.outline[2],
    fade(s),
  ];
  const triggers = { getFillColor: t, getLineColor: t, getColor: t };
  const strikeIcon = (id: string, size: number, getColor: (s: FeatureState) => RGBA) =>
    new IconLayer<FeatureState>({
      id,
      data: strikes,
      iconAtlas: ctx.icons as never,
      iconMapping: ICON_MAPPING,
      getIcon: () => 'burst',
      getPosition: pointOf,
      getSize: size,
      sizeUnits: 'pixels',
      getColor,
      pickable: true,
      updateTriggers: triggers,
    });
  return [
    new ScatterplotLayer<FeatureState, PathStyleExtensionProps<FeatureState>>({
      id: 'event-marker',
      data: markers,
      getPosition: pointOf,
      getFillColor: (s) => color(s),
      getLineColor: outline,
      getRadius: (s) => (s.inWindow ? 7 : 5),
      radiusUnits: 'pixels',
      stroked: true,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      getDashArray: (s) => (isClaimed(s.feature.props) ? [2, 2] : [0, 0]),
      extensions: [dashes],
      pickable: true,
      updateTriggers: { ...triggers, getRadius: t },
    }),
    new ScatterplotLayer<{ s: FeatureState; phase: number }>({
      id: 'strike-pulse',
      data: pulsing,
      getPosition: (d) => pointOf(d.s),
      getRadius: (d) => 12 + 34 * d.phase,
      radiusUnits: 'pixels',
      stroked: true,
      filled: false,
      getLineColor: (d) => sideColor(scenario, d.s.feature.props.side, 230 * (1 - d.phase)),
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
      updateTriggers: { getRadius: t, getLineColor: t },
    }),
    new ScatterplotLayer<FeatureState, PathStyleExtensionProps<FeatureState>>({
      id: 'time-uncertain-ring',
      data: uncertainTime,
      getPosition: pointOf,
      getRadius: 15,
      radiusUnits: 'pixels',
      stroked: true,
      filled: false,
      getLineColor: ink.outline,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      getDashArray: [3, 3],
      extensions: [dashes],
    }),
    strikeIcon('strike-casing', 30, outline),
    strikeIcon('strike-marker', 24, (s) => color(s)),
  ];
}
