import { IconLayer, PolygonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Polygon } from 'geojson';
import type { FeatureState } from '../frame/frame-at';
import {
  hexRgba,
  isClaimed,
  isContested,
  markerAlpha,
  pulsePhase,
  sideColor,
} from '../cartography/symbology';
import type { Scenario } from '../model/scenario';
import { memoByFeature } from '../cartography/shapes';
import type { EventCell } from '../cartography/in-view';
import { zoneStates } from '../cartography/event-columns';
import { AGGREGATE_EVENTS } from '../cartography/density';
import { KIND_COLOURS } from '../timeline/event-marks';
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
  const zones = zoneStates(scenario, frame);
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
  // Grouped by area: the cells stand for the events, which are not drawn one by one.
  const grouped = !!ctx.eventCells;
  const points = grouped ? [] : pointEventsDrawn(ctx);
  const strikes = points.filter((e) => e.feature.kind === 'strike');
  const markers = points.filter((e) => e.feature.kind !== 'strike');
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
  const uncertainTime = points.filter((e) => e.feature.windowed && e.inWindow);
  const fade = (s: FeatureState, a = 255) => (a * markerAlpha(s, t)) / 255;
  const color = (s: FeatureState, a = 255) => sideColor(scenario, s.feature.props.side, fade(s, a));
  const outline = (s: FeatureState): [number, number, number, number] => [
    ink.outline[0],
    ink.outline[1],
    ink.outline[2],
    fade(s),
  ];
  const triggers = { getFillColor: t, getLineColor: t, getColor: t };
  const k = ctx.density?.eventScale ?? 1;
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
      getRadius: (s) => (s.inWindow ? 7 : 5) * k,
      radiusUnits: 'pixels',
      stroked: true,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      getDashArray: (s) => (isClaimed(s.feature.props) ? [2, 2] : [0, 0]),
      extensions: [dashes],
      pickable: true,
      updateTriggers: { ...triggers, getRadius: [t, k] },
    }),
    new ScatterplotLayer<{ s: FeatureState; phase: number }>({
      id: 'strike-pulse',
      data: pulsing,
      getPosition: (d) => pointOf(d.s),
      getRadius: (d) => (12 + 34 * d.phase) * k,
      radiusUnits: 'pixels',
      stroked: true,
      filled: false,
      getLineColor: (d) => sideColor(scenario, d.s.feature.props.side, 230 * (1 - d.phase)),
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
      updateTriggers: { getRadius: [t, k], getLineColor: t },
    }),
    new ScatterplotLayer<FeatureState, PathStyleExtensionProps<FeatureState>>({
      id: 'time-uncertain-ring',
      data: uncertainTime,
      getPosition: pointOf,
      getRadius: 15 * k,
      radiusUnits: 'pixels',
      stroked: true,
      filled: false,
      getLineColor: ink.outline,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      getDashArray: [3, 3],
      extensions: [dashes],
    }),
    strikeIcon('strike-casing', 30 * k, outline),
    strikeIcon('strike-marker', 24 * k, (s) => color(s)),
    ...eventCellLayers(ctx),
  ];
}

/**
 * Scenarios with more point events than this draw only those in view (`ctx.viewBox`): each marker is an
 * instance, and software WebGL pays for every instance, drawn or not. (Kidal's forty are all drawn.)
 */
export const CULL_EVENTS_FROM = 2000;

/** Per scenario: its point events and strikes. */
const pointEventsOf = memoByFeature((scenario: Scenario) =>
  scenario.timed.filter(
    (f) => f.geometry.type === 'Point' && (f.kind === 'event' || f.kind === 'strike' || f.kind === 'clash'),
  ),
);

/** The point events of the frame that are drawn: all of them, or those in view for a large scenario. */
function pointEventsDrawn(ctx: LayerContext): FeatureState[] {
  const box = ctx.viewBox;
  const all = ctx.frame.events.filter(isPoint);
  if (!box || pointEventsOf(ctx.scenario).length <= CULL_EVENTS_FROM) return all;
  return all.filter((e) => {
    const [lon, lat] = pointOf(e);
    return lon >= box.w && lon <= box.e && lat >= box.s && lat <= box.n;
  });
}

/** A cell's disc grows with the square root of its count (its area with the count), within 9–30 px. */
function cellRadius(count: number): number {
  return Math.min(30, 7 + 2.2 * Math.sqrt(count));
}

/**
 * Events grouped by area (`ctx.eventCells`): a disc per cell in the colour of its commonest kind, brighter
 * where some are happening now, with its count. Absent when events are drawn one by one.
 */
function eventCellLayers(ctx: LayerContext): Layer[] {
  // Only a scenario with enough events to be grouped has these layers (at every t, so ids stay stable).
  if (pointEventsOf(ctx.scenario).length <= AGGREGATE_EVENTS) return [];
  const cells = ctx.eventCells ?? [];
  const ink = inkFor(ctx.theme);
  const colour = (c: EventCell): RGBA =>
    hexRgba(KIND_COLOURS[c.kind as 'event'] ?? '#a0a0a0', c.current ? 235 : 150);
  return [
    new ScatterplotLayer<EventCell>({
      id: 'event-cells',
      data: cells,
      visible: cells.length > 0,
      getPosition: (c) => c.position,
      getRadius: (c) => cellRadius(c.count),
      radiusUnits: 'pixels',
      stroked: true,
      getFillColor: colour,
      getLineColor: ink.outline,
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
      updateTriggers: { getFillColor: ctx.frame.t, getRadius: ctx.frame.t },
    }),
    new TextLayer<EventCell>({
      id: 'event-cell-counts',
      data: cells,
      visible: cells.length > 0,
      getPosition: (c) => c.position,
      getText: (c) => String(c.count),
      getSize: (c) => (c.count >= 1000 ? 11 : 12),
      sizeUnits: 'pixels',
      getColor: ink.text,
      fontFamily: '"Noto Sans", sans-serif',
      fontWeight: 700,
      characterSet: '0123456789',
      fontSettings: { sdf: true, fontSize: 64, buffer: 10, radius: 20 },
      outlineWidth: 4,
      outlineColor: ink.halo,
      updateTriggers: { getText: ctx.frame.t, getSize: ctx.frame.t },
    }),
  ];
}
