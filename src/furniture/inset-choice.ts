import type { LonLat } from '../model/geo';
import { lonInterval, near } from '../model/lon-interval';

export { lonInterval, near };
import { polygonAt, polygonBoxes, type InsetCountry, type InsetWorld } from './inset-world';

/**
 * The inset's window, degrees. West and east are continuous across the antimeridian (east may pass 180, west
 * −180), so a window over the Pacific is one interval; the drawing shifts each polygon to the copy inside it.
 */
export interface InsetWindow {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** What the inset shows for a scenario: the window, and the countries under its action (highlighted). */
export interface InsetView {
  world: InsetWorld;
  window: InsetWindow;
  /** Ids of the countries under the action, most of the action first; empty at sea. */
  focus: string[];
  /**
   * `countries`: framed on the countries under the action; `frame`: a frame around the action itself, where
   * the action is at sea or those countries are too large to frame it (Russia, Canada, …).
   */
  kind: 'countries' | 'frame';
}

/** Width ÷ height of the inset, in the inset's own units (a degree of latitude, a degree of longitude × cos). */
export const INSET_ASPECT = 34 / 25;
/** The smallest window, degrees of latitude: enough around a small country for its neighbours to place it. */
const MIN_HEIGHT = 14;
/** Countries whose outline is larger than this (in the inset's units) are too large to frame the action. */
const MAX_COUNTRY_SPAN = 45;
/** Room around what the window holds, as a share of its larger side. */
const PAD = 0.2;
/** A country is under the action when it holds at least this share of its points (the first one always). */
const FOCUS_SHARE = 0.1;
/** At most this many points are looked up: enough for where the action is, cheap for 100,000 features. */
/** Positions enough to tell where the action is; more are sampled down to this many. */
export const INSET_POINTS = 2_000;
/** 1:110m coasts are coarse: a point this near a coast (degrees) counts for the country on it. */
const COAST = 0.3;

const RAD = Math.PI / 180;

/** The country holding a point, or one whose coast is within COAST of it (1:110m misses small islands). */
function countryAt(world: InsetWorld, lon: number, lat: number): InsetCountry | undefined {
  for (const [dx, dy] of [
    [0, 0],
    [COAST, 0],
    [-COAST, 0],
    [0, COAST],
    [0, -COAST],
  ] as const)
    for (const c of world.countries) if (polygonAt(c, near(lon + dx, 0), lat + dy) >= 0) return c;
  return undefined;
}

/** Up to INSET_POINTS of `points`, evenly spread through the list. */
function sample<T>(points: readonly T[]): T[] {
  if (points.length <= INSET_POINTS) return [...points];
  const step = points.length / INSET_POINTS;
  return Array.from({ length: INSET_POINTS }, (_, i) => points[Math.floor(i * step)]!);
}

/**
 * The window and countries of the inset for action at `points` (lon/lat): the countries holding a tenth of
 * the action or more, framed whole with room for their neighbours when they are of a size to frame it;
 * otherwise (at sea, or a country the size of Russia) a frame around the action itself. Never less than
 * MIN_HEIGHT degrees tall, at the inset's aspect, kept inside the poles, continuous across the antimeridian.
 */
export function chooseInset(points: readonly LonLat[], world: InsetWorld): InsetView {
  const pts = sample(points.filter(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat)));
  if (!pts.length) return { world, window: fitWindow(-180, -60, 180, 85), focus: [], kind: 'frame' };
  const [lo, hi] = lonInterval(pts.map((p) => p[0]));
  const centre = (lo + hi) / 2;
  const lats = pts.map((p) => p[1]);
  const action = { west: lo, east: hi, south: Math.min(...lats), north: Math.max(...lats) };

  const counts = new Map<InsetCountry, number>();
  for (const [lon, lat] of pts) {
    const c = countryAt(world, lon, lat);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id));
  const focus = ranked.filter(([, n], i) => i === 0 || n >= FOCUS_SHARE * pts.length).map(([c]) => c);

  // The focus countries' polygons near the action (France's in Europe, not Guiana), as one box.
  const reach = Math.max(5, hi - lo, action.north - action.south);
  let box: InsetWindow | undefined;
  for (const c of focus)
    polygonBoxes(c).forEach(([w, s, e, n]) => {
      const shift = near((w + e) / 2, centre) - (w + e) / 2;
      const [pw, pe] = [w + shift, e + shift];
      const touches =
        pe >= lo - reach && pw <= hi + reach && n >= action.south - reach && s <= action.north + reach;
      if (!touches) return;
      box = box
        ? {
            west: Math.min(box.west, pw),
            east: Math.max(box.east, pe),
            south: Math.min(box.south, s),
            north: Math.max(box.north, n),
          }
        : { west: pw, east: pe, south: s, north: n };
    });
  const span = (b: InsetWindow) =>
    Math.max((b.east - b.west) * Math.cos(((b.north + b.south) / 2) * RAD), b.north - b.south);
  const framed = box !== undefined && span(box) <= MAX_COUNTRY_SPAN;
  const core =
    framed && box
      ? {
          west: Math.min(box.west, action.west),
          east: Math.max(box.east, action.east),
          south: Math.min(box.south, action.south),
          north: Math.max(box.north, action.north),
        }
      : action;
  const pad = PAD * span(core);
  const window = fitWindow(core.west - pad, core.south - pad, core.east + pad, core.north + pad);
  return { world, window, focus: focus.map((c) => c.id), kind: framed ? 'countries' : 'frame' };
}

/**
 * The window holding the box at the inset's aspect (a degree of longitude counted at the cosine of the
 * window's middle latitude), at least MIN_HEIGHT tall, within 85° of the equator where it can be, and no wider
 * than the world.
 */
function fitWindow(west: number, south: number, east: number, north: number): InsetWindow {
  let height = Math.min(170, Math.max(MIN_HEIGHT, north - south));
  let mid = (south + north) / 2;
  mid = Math.min(85 - height / 2, Math.max(-85 + height / 2, mid));
  const cos = () => Math.max(0.05, Math.cos(mid * RAD));
  // Wider than tall at the aspect: the height grows to match (and the window is placed again).
  const width = (east - west) * cos();
  if (width > height * INSET_ASPECT) {
    height = Math.min(170, width / INSET_ASPECT);
    mid = Math.min(85 - height / 2, Math.max(-85 + height / 2, (south + north) / 2));
  }
  let lonSpan = (height * INSET_ASPECT) / cos();
  if (lonSpan > 360) {
    lonSpan = 360;
    height = (360 * cos()) / INSET_ASPECT;
  }
  const centre = (west + east) / 2;
  return {
    west: centre - lonSpan / 2,
    east: centre + lonSpan / 2,
    south: mid - height / 2,
    north: mid + height / 2,
  };
}
