import { IconLayer, PathLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { MovementState } from '../frame/frame-at';
import { trailAt } from '../frame/track';
import type { LonLat } from '../model/geo';
import { isClaimed, isEstimated, sideColor, sideLineStyle } from '../cartography/symbology';
import { ICON_MAPPING } from './icon-atlas';
import { inkFor } from '../cartography/ink';
import type { LayerContext } from './layer-context';
import type { RGBA } from '../cartography/legend-entry';
import { CAMPAIGN_DENSITY } from '../cartography/density';
import type { MovementFeature } from '../model/scenario';
import { gpuTime, NEVER } from '../frame/gpu-time';
import { trackGeometry } from './track-geometry';
import { GPU_TRACKS_FROM } from '../cartography/track-quads';
import { TrackRibbonLayer } from './track-ribbon-layer';
import { HeadLayer } from './head-layer';
import { selectTracks } from './track-selection';
import { prelinkedLayers } from './prelink';

const RAD = 180 / Math.PI;
/** Finished movements stay on the map, muted, so earlier phases remain readable. */
const DONE_ALPHA = 120;
const dashes = new PathStyleExtension({ dash: true, dashMode: 'path' });

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
  const p = m.feature.props;
  if (isClaimed(p)) return [3, 7];
  if (isEstimated(p)) return [14, 9];
  return [0, 0];
}

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
    ...prelinkedLayers(),
  ];
}

/**
 * The movements of a large scenario, styled for the density of the frame (`ctx.density`): the tracks are the
 * scenario's quads (`trackGeometry`, uploaded once) of which each frame draws those it shows
 * (`selectTracks`: a small index list), with t a uniform; the heads in view are placed on the CPU by
 * `frameAt` and drawn as one layer of quads.
 */
function timedMovementLayers(ctx: LayerContext): Layer[] {
  const { scenario, frame, theme } = ctx;
  const density = ctx.density ?? CAMPAIGN_DENSITY;
  const ink = inkFor(theme);
  const { trail, heads, haloAlpha } = density;
  const hollowOf = (f: MovementFeature) =>
    density.trail.casing > 0 && sideLineStyle(scenario, f.props.side) === 'hollow';
  const halo = (a: number): RGBA => [ink.halo[0], ink.halo[1], ink.halo[2], a];
  const style = [theme, density.tier, haloAlpha];
  const geometry = trackGeometry(scenario);
  const tracks = new TrackRibbonLayer({
    id: 'track-ribbons',
    data: geometry.movements,
    geometry,
    selection: selectTracks(geometry, frame, density, ctx.viewBox),
    ribbon: {
      haloColor: [ink.halo[0] / 255, ink.halo[1] / 255, ink.halo[2] / 255, 1],
      currentTime: gpuTime(scenario, frame.t),
      trailLength: density.trailMs < Infinity ? density.trailMs / 1000 : NEVER,
      movingWidth: trail.moving,
      doneWidth: trail.done,
      casing: trail.casing,
      campaign: density.tier === 'campaign' ? 1 : 0,
      doneAlpha: trail.doneAlpha / 255,
      haloAlpha,
    },
  });
  // Heads in view only (with the box's margin): a head is an instance, and each costs software WebGL.
  const box = ctx.viewBox;
  const headData = frame.movements.filter(
    (m) =>
      (m.status === 'moving' || heads.core.done > 0) &&
      (!box || (m.head[0] >= box.w && m.head[0] <= box.e && m.head[1] >= box.s && m.head[1] <= box.n)),
  );
  const alpha = (m: MovementState) => (m.status === 'done' ? trail.doneAlpha : 255);
  const headInk = (m: MovementState, casing: boolean): RGBA => {
    const hollow = hollowOf(m.feature);
    const a = alpha(m);
    const side = sideColor(scenario, m.feature.props.side, a);
    if (casing) return hollow ? side : halo(a * haloAlpha);
    return hollow ? halo(a) : side;
  };
  const headLayer = new HeadLayer<MovementState>({
    id: 'track-heads',
    data: headData,
    getPosition: (m) => m.head,
    getHeading: headingAt,
    getSizes: (m) =>
      m.status === 'done' ? [heads.casing.done, heads.core.done] : [heads.casing.moving, heads.core.moving],
    getCoreColor: (m) => headInk(m, false),
    getCasingColor: (m) => headInk(m, true),
    pickable: true,
    updateTriggers: {
      getPosition: frame.t,
      getHeading: frame.t,
      getSizes: [frame.t, style],
      getCoreColor: [frame.t, style],
      getCasingColor: [frame.t, style],
    },
  });
  return [tracks, headLayer];
}
