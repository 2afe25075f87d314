import { IconLayer, PathLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { MovementState } from '../engine/frame-at';
import { trailAt } from '../engine/track';
import type { LonLat } from '../model/geo';
import { isClaimed, isEstimated, sideColor, sideLineStyle } from '../cartography/symbology';
import { ICON_MAPPING } from './icon-atlas';
import { inkFor } from '../cartography/ink';
import type { LayerContext } from './layer-context';
import type { RGBA } from '../cartography/legend-entry';
import { CAMPAIGN_DENSITY } from '../cartography/density';
import type { MovementFeature, Scenario } from '../model/scenario';
import { memoByFeature } from '../cartography/shapes';
import { gpuTime, NEVER, TimedPathLayer } from './gpu-time';

const RAD = 180 / Math.PI;
/** Finished movements stay on the map, muted, so earlier phases remain readable. */
const DONE_ALPHA = 120;
const dashes = new PathStyleExtension({ dash: true, dashMode: 'path' });
/** Dashes restarting at each vertex: one attribute fewer than along the path, which the timed tracks need. */
const segmentDashes = new PathStyleExtension({ dash: true });

/** Compass bearing of the head's direction of travel, skipping zero-length segments (holds). */
export function headingAt(m: MovementState): number {
  const { track } = m.feature;
  for (let i = Math.min(m.index, track.segBearing.length - 1); i >= 0; i--) {
    if ((track.cumKm[i + 1] as number) > (track.cumKm[i] as number))
      return (track.segBearing[i] as number) * RAD;
  }
  return 0;
}

function dashOf(m: MovementState): [number, number] {
  return dashOfFeature(m.feature);
}

function dashOfFeature(f: MovementFeature): [number, number] {
  const p = f.props;
  if (isClaimed(p)) return [3, 7];
  if (isEstimated(p)) return [14, 9];
  return [0, 0];
}

/**
 * Scenarios with more movements than this draw their tracks from data uploaded once, cut at t on the GPU
 * (`timedMovementLayers`); smaller ones (Kidal's five columns) keep the trails built for each frame, whose
 * pixels the render goldens hold.
 */
export const GPU_TRACKS_FROM = 64;

/**
 * Campaign arrows: a trail from start to head, an arrowhead at the head while moving, and a muted finished
 * arrow after. One side is drawn solid and the other hollow, so they stay apart in greyscale.
 */
export function movementLayers(ctx: LayerContext): Layer[] {
  if (ctx.scenario.movements.length > GPU_TRACKS_FROM) return timedMovementLayers(ctx);
  const { scenario, frame, theme } = ctx;
  const ink = inkFor(theme);
  const data = frame.movements;
  const alpha = (m: MovementState) => (m.status === 'done' ? DONE_ALPHA : 255);
  const hollow = (m: MovementState) => sideLineStyle(scenario, m.feature.props.side) === 'hollow';
  const width = (m: MovementState) => (m.status === 'done' ? 5 : 7);
  const sideInk = (m: MovementState, a = alpha(m)) => sideColor(scenario, m.feature.props.side, a);
  const haloInk = (m: MovementState, a = alpha(m)): RGBA => [ink.halo[0], ink.halo[1], ink.halo[2], a];
  // A solid side is its colour on a halo casing; a hollow side is a halo core inside its colour.
  const outer = (m: MovementState) => (hollow(m) ? sideInk(m) : haloInk(m, alpha(m) * 0.8));
  const inner = (m: MovementState) => (hollow(m) ? haloInk(m) : sideInk(m));
  const trail = (id: string, color: (m: MovementState) => RGBA, w: (m: MovementState) => number) =>
    new PathLayer<MovementState, PathStyleExtensionProps<MovementState>>({
      id,
      data,
      getPath: (m): LonLat[] => trailAt(m.feature.track, m.index, m.head),
      getColor: color,
      getWidth: w,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      getDashArray: dashOf,
      dashUnits: 'pixels',
      extensions: [dashes],
      pickable: true,
      updateTriggers: { getPath: frame.t, getColor: frame.t, getWidth: frame.t },
    });
  const head = (
    id: string,
    icon: 'arrow' | 'arrowCasing',
    color: (m: MovementState) => RGBA,
    size: [number, number],
  ) =>
    new IconLayer<MovementState>({
      id,
      data,
      iconAtlas: ctx.icons as never,
      iconMapping: ICON_MAPPING,
      getIcon: () => icon,
      getPosition: (m) => m.head,
      // Laid flat on the map (not billboarded), so the angle is a compass bearing and follows map rotation.
      getAngle: (m) => -headingAt(m),
      getSize: (m) => (m.status === 'done' ? size[0] : size[1]),
      sizeUnits: 'pixels',
      billboard: false,
      getColor: color,
      pickable: true,
      updateTriggers: { getPosition: frame.t, getAngle: frame.t, getSize: frame.t, getColor: frame.t },
    });
  return [
    trail('movement-casing', outer, (m) => width(m) + 4),
    trail('movement-trail', inner, (m) => (hollow(m) ? width(m) - 3 : width(m))),
    head('movement-arrowhead-casing', 'arrowCasing', outer, [26, 34]),
    head('movement-arrowhead', 'arrow', inner, [20, 27]),
  ];
}

/**
 * Per scenario: each track as a flat [lon, lat, …] array with its vertex times and end as `gpuTime`, computed
 * once (the data deck.gl keeps). The layers' ids differ from the per-frame arrows' (`track…`, not
 * `movement…`): deck.gl would otherwise carry one layer class's state into the other's.
 */
const trackTimesOf = memoByFeature((scenario: Scenario) => {
  const times = new Map<MovementFeature, Float32Array>();
  const ends = new Map<MovementFeature, number>();
  const flatPaths = new Map<MovementFeature, Float64Array>();
  for (const m of scenario.movements) {
    const flat = new Float64Array(m.track.coords.length * 2);
    m.track.coords.forEach(([lon, lat], i) => {
      flat[2 * i] = lon;
      flat[2 * i + 1] = lat;
    });
    flatPaths.set(m, flat);
    const own = new Float32Array(m.track.times.length);
    m.track.times.forEach((t, i) => (own[i] = gpuTime(scenario, t)));
    times.set(m, own);
    ends.set(m, own[own.length - 1] ?? NEVER);
  }
  return { times, ends, flatPaths };
});

/**
 * The movements of a large scenario, styled for the density of the frame (`ctx.density`): the tracks are the
 * scenario's own movement list (the same array every frame, so deck.gl keeps its buffers) with their times,
 * and t reaches the GPU as a uniform; the heads, few and moving, are placed on the CPU by `frameAt`.
 */
function timedMovementLayers(ctx: LayerContext): Layer[] {
  const { scenario, frame, theme } = ctx;
  const density = ctx.density ?? CAMPAIGN_DENSITY;
  const ink = inkFor(theme);
  const { times, ends, flatPaths } = trackTimesOf(scenario);
  const now = gpuTime(scenario, frame.t);
  const { trail, heads, haloAlpha } = density;
  const hollowOf = (f: MovementFeature) =>
    density.trail.casing > 0 && sideLineStyle(scenario, f.props.side) === 'hollow';
  const sideInk = (f: MovementFeature) => sideColor(scenario, f.props.side);
  const halo = (a: number): RGBA => [ink.halo[0], ink.halo[1], ink.halo[2], a];
  // As the per-frame arrows: a solid side is its colour on a halo casing, a hollow side a halo core in its colour.
  const outer = (f: MovementFeature) => (hollowOf(f) ? sideInk(f) : halo(255 * haloAlpha));
  const inner = (f: MovementFeature) => (hollowOf(f) ? halo(255) : sideInk(f));
  const style = [theme, density.tier, haloAlpha];
  const track = (
    id: string,
    mode: 'moving' | 'done',
    color: (f: MovementFeature) => RGBA,
    width: (f: MovementFeature) => number,
    visible: boolean,
  ) =>
    new TimedPathLayer<MovementFeature, PathStyleExtensionProps<MovementFeature>>({
      id,
      data: scenario.movements,
      visible,
      // Flat [lon, lat, …] per track, prepared once: deck.gl reads it as is (`_pathType` set, no normalising).
      getPath: (f) => flatPaths.get(f)!,
      positionFormat: 'XY',
      getTimes: (f) => times.get(f)!,
      getEnd: (f) => ends.get(f)!,
      currentTime: now,
      trackMode: mode,
      trailLength: mode === 'moving' && density.trailMs < Infinity ? density.trailMs / 1000 : NEVER,
      alphaScale: mode === 'done' ? trail.doneAlpha / 255 : 1,
      getColor: color,
      getWidth: width,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      _pathType: 'open',
      getDashArray: dashOfFeature,
      dashUnits: 'pixels',
      extensions: [segmentDashes],
      updateTriggers: { getColor: style, getWidth: style },
    });
  // The campaign tier's hollow core is 3 px narrower than the trail; slimmer tiers keep a thin core.
  const core = (w: number) => (f: MovementFeature) =>
    hollowOf(f) ? Math.max(1, density.tier === 'campaign' ? w - 3 : w / 2) : w;
  const moving = frame.movements.filter((m) => m.status === 'moving');
  const headData = heads.core.done > 0 ? frame.movements : moving;
  const alpha = (m: MovementState) => (m.status === 'done' ? trail.doneAlpha : 255);
  const headInk = (m: MovementState, casing: boolean): RGBA => {
    const hollow = hollowOf(m.feature);
    const a = alpha(m);
    const side = sideColor(scenario, m.feature.props.side, a);
    if (casing) return hollow ? side : halo(a * haloAlpha);
    return hollow ? halo(a) : side;
  };
  const head = (id: string, casing: boolean) =>
    new IconLayer<MovementState>({
      id,
      data: headData,
      iconAtlas: ctx.icons as never,
      iconMapping: ICON_MAPPING,
      getIcon: () => (casing ? 'arrowCasing' : 'arrow'),
      getPosition: (m) => m.head,
      getAngle: (m) => -headingAt(m),
      getSize: (m) => {
        const sizes = casing ? heads.casing : heads.core;
        return m.status === 'done' ? sizes.done : sizes.moving;
      },
      sizeUnits: 'pixels',
      billboard: false,
      getColor: (m) => headInk(m, casing),
      pickable: true,
      updateTriggers: {
        getPosition: frame.t,
        getAngle: frame.t,
        getSize: [frame.t, style],
        getColor: [frame.t, style],
      },
    });
  return [
    track(
      'movement-done-casing',
      'done',
      outer,
      (f) => (f ? trail.done + trail.casing : 0),
      trail.casing > 0,
    ),
    track('track-done', 'done', inner, core(trail.done), trail.done > 0),
    track('track-casing', 'moving', outer, () => trail.moving + trail.casing, trail.casing > 0),
    track('track', 'moving', inner, core(trail.moving), true),
    head('track-head-casing', true),
    head('track-head', false),
  ];
}
