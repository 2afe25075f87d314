import type { Frame, MovementState } from '../frame/frame-at';
import { stepFrom } from '../frame/track';
import type { LonLat } from '../model/geo';
import type { Scenario } from '../model/scenario';
import type { SymbolIcon } from './symbol-icons';
import { symbolIcon } from './symbol-icons';
import distance from '@turf/distance';

/** A symbol on the map at t. */
export interface PlacedSymbol {
  /** The feature's id: stable across frames, so deck.gl diffs rather than rebuilds. */
  id: string;
  icon: SymbolIcon;
  position: LonLat;
  /** From the anchor point to the symbol's centre, CSS px (screen space, y down). */
  offset: [number, number];
  /** 0–255. */
  alpha: number;
  /** 1 for a force on the move, smaller once its movement is over. */
  scale: number;
  /**
   * Set when the symbol was moved off its usual spot to keep clear of another symbol or a town's name: where its
   * centre now is, for a leader line from `position`.
   */
  leaderTo?: LonLat;
}

export interface SymbolScreen {
  project: (lonLat: [number, number]) => [number, number];
  /** The camera's zoom: symbols shrink on a campaign-wide view (default: full size). */
  camera?: { zoom: number };
}

/** Installations (places) get their symbol from this zoom in: wider out, the place marker says enough. */
export const PLACE_SYMBOL_ZOOM = 9;

/**
 * A place whose symbol is a unit's, not an installation's (symbol set 20), is a unit standing still (an
 * ORBAT Mapper unit that never moves): it keeps its symbol at every zoom, as a moving unit does.
 */
const isInstallation = (sidc: string) => sidc.length >= 20 && sidc.slice(4, 6) === '20';

/**
 * How large symbols are drawn at a zoom: full size from zoom 10 (a town and its surroundings), down to 55 %
 * on a campaign-wide view, where full-size symbols would cover the labels and the action they stand for.
 */
export function symbolScale(zoom: number): number {
  return Math.min(1, Math.max(0.55, 0.55 + ((zoom - 7) / 3) * 0.45));
}

/** Finished movements keep a muted symbol where they ended, as their arrows stay muted on the map. */
const DONE_ALPHA = 150;
const DONE_SCALE = 0.75;
/** A later movement of the same side starting this close to where one ended takes its symbol over. */
const CONTINUES_KM = 2;
/** From a movement's head to its symbol's centre: clear of the arrowhead, ahead of it. */
const AHEAD_PX = 40;
/** From a place's point to its symbol's centre: above the place marker. */
const ABOVE_PX = 30;

function travelBearing(m: MovementState): number {
  const { track } = m.feature;
  for (let i = Math.min(m.index, track.segBearing.length - 1); i >= 0; i--) {
    if ((track.cumKm[i + 1] as number) > (track.cumKm[i] as number)) return track.segBearing[i] as number;
  }
  return 0;
}

/** The screen direction of travel, so the symbol leads its arrow whatever the map's bearing and pitch. */
function aheadOffset(m: MovementState, screen: SymbolScreen, px: number): [number, number] {
  const [x0, y0] = screen.project(m.head);
  const [x1, y1] = screen.project(stepFrom(m.head[0], m.head[1], travelBearing(m), 1));
  const len = Math.hypot(x1 - x0, y1 - y0);
  return len > 1e-9 ? [((x1 - x0) / len) * px, ((y1 - y0) / len) * px] : [0, -px];
}

function continued(m: MovementState, frame: Frame): boolean {
  const end = m.feature.track.coords.at(-1)!;
  return frame.movements.some(
    (n) =>
      n !== m &&
      n.feature.props.side === m.feature.props.side &&
      n.feature.props.sidc !== undefined &&
      n.feature.appears >= m.feature.until &&
      distance(end, n.feature.track.coords[0]!, { units: 'kilometers' }) <= CONTINUES_KM,
  );
}

/** The symbol a feature has at t: its `sidc`, or the last of its `sidcChanges` made by t. */
export function sidcAt(
  props: { sidc?: string; sidcChanges?: readonly { time: string; sidc: string }[] },
  t: number,
): string | undefined {
  let sidc = props.sidc;
  for (const c of props.sidcChanges ?? []) {
    if (Date.parse(c.time) > t) break;
    sidc = c.sidc;
  }
  return sidc;
}

/**
 * The unit symbols on the map at t: at the head of each movement under way, muted where a finished
 * movement ended (until a later one of its side carries on from there), and at each place with a symbol,
 * framed for whoever holds it at t. A pure function of the frame and the camera.
 */
export function symbolsAt(scenario: Scenario, frame: Frame, screen: SymbolScreen): PlacedSymbol[] {
  const out: PlacedSymbol[] = [];
  const zoom = screen.camera?.zoom;
  const k = zoom === undefined ? 1 : symbolScale(zoom);
  for (const m of frame.movements) {
    const sidc = sidcAt(m.feature.props, frame.t);
    if (!sidc) continue;
    const moving = m.status === 'moving';
    if (!moving && continued(m, frame)) continue;
    out.push({
      id: m.feature.id,
      icon: symbolIcon(scenario, sidc, m.feature.props.side),
      position: m.head,
      offset: aheadOffset(m, screen, (moving ? AHEAD_PX : AHEAD_PX * DONE_SCALE) * k),
      alpha: moving ? 255 : DONE_ALPHA,
      scale: (moving ? 1 : DONE_SCALE) * k,
    });
  }
  for (const p of frame.places) {
    const sidc = sidcAt(p.feature.props, frame.t);
    const g = p.feature.geometry;
    if (!sidc || g.type !== 'Point') continue;
    if (zoom !== undefined && zoom < PLACE_SYMBOL_ZOOM && isInstallation(sidc)) continue;
    out.push({
      id: p.feature.id,
      icon: symbolIcon(scenario, sidc, p.controller ?? p.feature.props.side),
      position: [g.coordinates[0]!, g.coordinates[1]!],
      offset: [0, -ABOVE_PX * k],
      alpha: 255,
      scale: 0.85 * k,
    });
  }
  return out;
}
