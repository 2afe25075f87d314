import { IconLayer, PathLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { MovementState } from '../engine/frame-at';
import { trailAt, type LonLat } from '../engine/track';
import { isClaimed, isEstimated, sideColor, sideLineStyle } from '../cartography/symbology';
import { ICON_MAPPING } from './icon-atlas';
import { inkFor, type LayerContext } from './layer-context';

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
  const { scenario, frame, theme } = ctx;
  const ink = inkFor(theme);
  const data = frame.movements;
  const alpha = (m: MovementState) => (m.status === 'done' ? DONE_ALPHA : 255);
  const path = (m: MovementState): LonLat[] => trailAt(m.feature.track, m.index, m.head);
  const hollow = (m: MovementState) => sideLineStyle(scenario, m.feature.props.side) === 'hollow';
  const width = (m: MovementState) => (m.status === 'done' ? 5 : 7);
  const triggers = { getPath: frame.t, getColor: frame.t, getWidth: frame.t };
  return [
    new PathLayer<MovementState, PathStyleExtensionProps<MovementState>>({
      id: 'movement-casing',
      data,
      getPath: path,
      getColor: (m) =>
        hollow(m)
          ? sideColor(scenario, m.feature.props.side, alpha(m))
          : ([...ink.halo.slice(0, 3), alpha(m) * 0.8] as [number, number, number, number]),
      getWidth: (m) => width(m) + 4,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      getDashArray: dashOf,
      dashUnits: 'pixels',
      extensions: [dashes],
      updateTriggers: triggers,
    }),
    new PathLayer<MovementState, PathStyleExtensionProps<MovementState>>({
      id: 'movement-trail',
      data,
      getPath: path,
      getColor: (m) =>
        hollow(m)
          ? ([...ink.halo.slice(0, 3), alpha(m)] as [number, number, number, number])
          : sideColor(scenario, m.feature.props.side, alpha(m)),
      getWidth: (m) => (hollow(m) ? width(m) - 3 : width(m)),
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      getDashArray: dashOf,
      dashUnits: 'pixels',
      extensions: [dashes],
      pickable: true,
      updateTriggers: triggers,
    }),
    new IconLayer<MovementState>({
      id: 'movement-arrowhead-casing',
      data,
      iconAtlas: ctx.icons as never,
      iconMapping: ICON_MAPPING,
      getIcon: () => 'arrowCasing',
      getPosition: (m) => m.head,
      getAngle: (m) => -headingAt(m),
      getSize: (m) => (m.status === 'done' ? 26 : 34),
      sizeUnits: 'pixels',
      billboard: false,
      getColor: (m) =>
        hollow(m)
          ? sideColor(scenario, m.feature.props.side, alpha(m))
          : ([...ink.halo.slice(0, 3), alpha(m)] as [number, number, number, number]),
      updateTriggers: { getPosition: frame.t, getAngle: frame.t, getSize: frame.t, getColor: frame.t },
    }),
    new IconLayer<MovementState>({
      id: 'movement-arrowhead',
      data,
      iconAtlas: ctx.icons as never,
      iconMapping: ICON_MAPPING,
      getIcon: () => 'arrow',
      getPosition: (m) => m.head,
      getAngle: (m) => -headingAt(m),
      getSize: (m) => (m.status === 'done' ? 20 : 27),
      sizeUnits: 'pixels',
      billboard: false,
      getColor: (m) =>
        hollow(m)
          ? ([...ink.halo.slice(0, 3), alpha(m)] as [number, number, number, number])
          : sideColor(scenario, m.feature.props.side, alpha(m)),
      pickable: true,
      updateTriggers: { getPosition: frame.t, getAngle: frame.t, getSize: frame.t, getColor: frame.t },
    }),
  ];
}
