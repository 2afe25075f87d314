import { IconLayer, PolygonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Polygon } from 'geojson';
import type { FeatureState } from '../engine/frame-at';
import {
  FADE_HALF_LIFE_MS,
  FADED_ALPHA,
  hexRgba,
  isClaimed,
  isContested,
  markerAlpha,
  pulsePhase,
  sideColor,
} from '../cartography/symbology';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import { memoByFeature } from '../cartography/shapes';
import type { EventCell } from '../cartography/in-view';
import { AGGREGATE_EVENTS } from '../cartography/density';
import { KIND_COLOURS } from '../timeline/event-marks';
import { gpuTime, PointTimeExtension, type PointTimeProps } from './gpu-time';
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
  if (pointEventsOf(ctx.scenario).all.length > GPU_EVENTS_FROM) return timedEventLayers(ctx);
  const { scenario, frame, theme } = ctx;
  const ink = inkFor(theme);
  const t = frame.t;
  // Grouped by area: the cells stand for the events, which are not drawn one by one.
  const grouped = !!ctx.eventCells;
  const strikes = grouped ? [] : frame.events.filter((e) => e.feature.kind === 'strike' && isPoint(e));
  const markers = grouped ? [] : frame.events.filter((e) => e.feature.kind !== 'strike' && isPoint(e));
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
  const uncertainTime = grouped
    ? []
    : frame.events.filter((e) => isPoint(e) && e.feature.windowed && e.inWindow);
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
 * Scenarios with more point events than this draw them from data uploaded once, shown and faded at t on the
 * GPU (`timedEventLayers`); smaller ones (Kidal's) keep the markers built for each frame.
 */
export const GPU_EVENTS_FROM = 2000;

/** Per scenario: its point events and strikes, fixed lists deck.gl keeps (so only t, a uniform, changes). */
const pointEventsOf = memoByFeature((scenario: Scenario) => {
  const all = scenario.timed.filter(
    (f) => f.geometry.type === 'Point' && (f.kind === 'event' || f.kind === 'strike' || f.kind === 'clash'),
  );
  return {
    all,
    markers: all.filter((f) => f.kind !== 'strike'),
    strikes: all.filter((f) => f.kind === 'strike'),
    windowed: all.filter((f) => f.windowed),
  };
});

const featurePoint = (f: ScenarioFeature): [number, number] => {
  const c = (f.geometry as { coordinates: number[] }).coordinates;
  return [c[0] as number, c[1] as number];
};

/**
 * The events of a large scenario: each layer's data is one of the scenario's fixed lists, and which events
 * show at t, in or after their window and how faded, is decided on the GPU from their times (`gpuTime`), with
 * the same rules as `markerAlpha`. Strikes pulsing now are few and placed on the CPU. Ids of their own
 * (`timed-…`), so deck.gl never carries the per-frame layers' state into these.
 */
function timedEventLayers(ctx: LayerContext): Layer[] {
  const { scenario, frame, theme } = ctx;
  const ink = inkFor(theme);
  const t = frame.t;
  const grouped = !!ctx.eventCells;
  const k = ctx.density?.eventScale ?? 1;
  const lists = pointEventsOf(scenario);
  const appears = memoTimes(scenario).appears;
  const until = memoTimes(scenario).until;
  const time = (mode: PointTimeProps<ScenarioFeature>['timeMode'], fade: boolean) => ({
    getAppears: (f: ScenarioFeature) => appears.get(f)!,
    getUntil: (f: ScenarioFeature) => until.get(f)!,
    currentTime: gpuTime(scenario, t),
    timeMode: mode,
    timeFade: fade ? { fadedAlpha: FADED_ALPHA / 255, halfLife: FADE_HALF_LIFE_MS / 1000 } : null,
    extensions: [timeExtension],
  });
  const marker = (id: string, radius: number, mode: 'inWindow' | 'past') =>
    new ScatterplotLayer<
      ScenarioFeature,
      PathStyleExtensionProps<ScenarioFeature> & PointTimeProps<ScenarioFeature>
    >({
      id,
      data: lists.markers,
      visible: !grouped,
      getPosition: featurePoint,
      getFillColor: (f) => sideColor(scenario, f.props.side),
      getLineColor: ink.outline,
      getRadius: radius * k,
      radiusUnits: 'pixels',
      stroked: true,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      getDashArray: (f) => (isClaimed(f.props) ? [2, 2] : [0, 0]),
      pickable: true,
      ...time(mode, mode === 'past'),
      extensions: [dashes, timeExtension],
      updateTriggers: { getLineColor: theme },
    });
  const strikeIcon = (id: string, size: number, color: (f: ScenarioFeature) => RGBA) =>
    new IconLayer<ScenarioFeature, PointTimeProps<ScenarioFeature>>({
      id,
      data: lists.strikes,
      visible: !grouped,
      iconAtlas: ctx.icons as never,
      iconMapping: ICON_MAPPING,
      getIcon: () => 'burst',
      getPosition: featurePoint,
      getSize: size * k,
      sizeUnits: 'pixels',
      getColor: color,
      pickable: true,
      ...time('begun', true),
      updateTriggers: { getColor: theme },
    });
  // Pulses are for strikes under way: few at any t, found among the frame's strikes.
  const pulsing = grouped
    ? []
    : frame.events.flatMap((s) => {
        if (s.feature.kind !== 'strike' || !isPoint(s)) return [];
        const phase = pulsePhase(s, t);
        return phase === null
          ? []
          : [
              { s, phase },
              { s, phase: (phase + 0.5) % 1 },
            ];
      });
  return [
    marker('timed-event-marker', 5, 'past'),
    marker('timed-event-marker-now', 7, 'inWindow'),
    new ScatterplotLayer<{ s: FeatureState; phase: number }>({
      id: 'timed-strike-pulse',
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
    new ScatterplotLayer<
      ScenarioFeature,
      PathStyleExtensionProps<ScenarioFeature> & PointTimeProps<ScenarioFeature>
    >({
      id: 'timed-time-uncertain-ring',
      data: lists.windowed,
      visible: !grouped,
      getPosition: featurePoint,
      getRadius: 15 * k,
      radiusUnits: 'pixels',
      stroked: true,
      filled: false,
      getLineColor: ink.outline,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      getDashArray: [3, 3],
      ...time('inWindow', false),
      extensions: [dashes, timeExtension],
      updateTriggers: { getLineColor: theme },
    }),
    strikeIcon('timed-strike-casing', 30, () => ink.outline),
    strikeIcon('timed-strike-marker', 24, (f) => sideColor(scenario, f.props.side)),
    ...eventCellLayers(ctx),
  ];
}

const timeExtension = new PointTimeExtension();

const memoTimes = memoByFeature((scenario: Scenario) => {
  const appears = new Map<ScenarioFeature, number>();
  const until = new Map<ScenarioFeature, number>();
  for (const f of pointEventsOf(scenario).all) {
    appears.set(f, gpuTime(scenario, f.appears));
    until.set(f, gpuTime(scenario, f.until));
  }
  return { appears, until };
});

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
  if (pointEventsOf(ctx.scenario).all.length <= AGGREGATE_EVENTS) return [];
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
