import type { FeatureState, Frame } from '../engine/frame-at';
import { mercatorY } from '../map/mercator';
import type { Viewport } from '../map/viewport';
import type { LonLat } from '../model/geo';
import { densityOf, type Density } from './density';

/** A frame's lon/lat box, widened by `margin` of its own size each side: what counts as "in view". */
function viewBox(viewport: Viewport, margin: number) {
  const [[w, s], [e, n]] = viewport.bounds();
  const dx = (e - w) * margin;
  const dy = (n - s) * margin;
  return { w: w - dx, s: s - dy, e: e + dx, n: n + dy };
}

const isPointEvent = (e: FeatureState) => e.feature.geometry.type === 'Point';

function pointOfState(e: FeatureState): LonLat {
  const c = (e.feature.geometry as { coordinates: number[] }).coordinates;
  return [c[0] as number, c[1] as number];
}

/**
 * The density of a frame: how many movements (moving, finished) and point events are in view at t, and the
 * styling that follows (`densityOf`). One pass over the frame, O(n), no projection: a lon/lat box test.
 */
export function densityInView(frame: Frame, viewport: Viewport): Density {
  const box = viewBox(viewport, 0.02);
  const inBox = (lon: number, lat: number) => lon >= box.w && lon <= box.e && lat >= box.s && lat <= box.n;
  let movements = 0;
  let moving = 0;
  for (const m of frame.movements) {
    if (!inBox(m.head[0], m.head[1])) continue;
    movements++;
    if (m.status === 'moving') moving++;
  }
  let events = 0;
  for (const e of frame.events) {
    if (!isPointEvent(e)) continue;
    const [lon, lat] = pointOfState(e);
    if (inBox(lon, lat)) events++;
  }
  return densityOf({ movements, moving, events, zoom: viewport.camera.zoom });
}

/** Events grouped in one cell of the grid, at the members' mean position. */
export interface EventCell {
  position: LonLat;
  count: number;
  /** Of which strikes, and how many are within their time or window now. */
  strikes: number;
  current: number;
  /** The kind most members have (`event`, `strike`, `clash`). */
  kind: string;
}

/**
 * Point events and strikes begun by t grouped in a grid fixed to the map at the camera's whole zoom level
 * (`cellPx` CSS px a side there, up to twice that between levels), so the cells hold still while the map pans
 * and split as it zooms in. Only cells in view (with a cell's margin). Deterministic: cells in grid order.
 */
export function eventCells(frame: Frame, viewport: Viewport, cellPx: number): EventCell[] {
  const level = Math.floor(viewport.camera.zoom);
  const cell = cellPx / (512 * 2 ** level);
  const box = viewBox(viewport, 0.05);
  const cells = new Map<
    number,
    { x: number; y: number; count: number; strikes: number; current: number; kinds: Map<string, number> }
  >();
  const columns = Math.ceil(1 / cell) + 1;
  for (const e of frame.events) {
    if (!isPointEvent(e)) continue;
    const [lon, lat] = pointOfState(e);
    if (lon < box.w || lon > box.e || lat < box.s || lat > box.n) continue;
    const mx = (lon + 180) / 360;
    const my = mercatorY(lat);
    const key = Math.floor(my / cell) * columns + Math.floor(mx / cell);
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { x: 0, y: 0, count: 0, strikes: 0, current: 0, kinds: new Map() }));
    c.x += lon;
    c.y += lat;
    c.count++;
    if (e.feature.kind === 'strike') c.strikes++;
    if (e.inWindow) c.current++;
    c.kinds.set(e.feature.kind, (c.kinds.get(e.feature.kind) ?? 0) + 1);
  }
  return [...cells.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, c]) => {
      let kind = 'event';
      let most = -1;
      for (const [k, n] of c.kinds) if (n > most || (n === most && k < kind)) [kind, most] = [k, n];
      return {
        position: [c.x / c.count, c.y / c.count] as LonLat,
        count: c.count,
        strikes: c.strikes,
        current: c.current,
        kind,
      };
    });
}
