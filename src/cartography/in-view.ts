import type { Frame } from '../frame/frame-at';
import type { Scenario } from '../model/scenario';
import type { Viewport } from '../map/viewport';
import type { LonLat } from '../model/geo';
import { densityOf, type Density } from './density';
import { pointEventColumns } from './event-columns';

/** A lon/lat box: west, south, east, north. */
export interface LonLatBox {
  w: number;
  s: number;
  e: number;
  n: number;
}

/** A frame's lon/lat box, widened by `margin` of its own size each side: what counts as "in view". */
export function viewBox(viewport: Viewport, margin: number): LonLatBox {
  const [[w, s], [e, n]] = viewport.bounds();
  const dx = (e - w) * margin;
  const dy = (n - s) * margin;
  return { w: w - dx, s: s - dy, e: e + dx, n: n + dy };
}

/**
 * The density of a frame: how many movements (moving, finished) and point events are in view at t, and the
 * styling that follows (`densityOf`). One pass over the frame's movements and the scenario's point events
 * begun by t (`pointEventColumns`), no projection: a lon/lat box test.
 */
export function densityInView(scenario: Scenario, frame: Frame, viewport: Viewport): Density {
  const box = viewBox(viewport, 0.02);
  const inBox = (lon: number, lat: number) => lon >= box.w && lon <= box.e && lat >= box.s && lat <= box.n;
  let movements = 0;
  let moving = 0;
  for (const m of frame.movements) {
    if (!inBox(m.head[0], m.head[1])) continue;
    movements++;
    if (m.status === 'moving') moving++;
  }
  const { lon, lat, appears } = pointEventColumns(scenario);
  let events = 0;
  for (let i = 0; i < appears.length && appears[i]! <= frame.t; i++) if (inBox(lon[i]!, lat[i]!)) events++;
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
export function eventCells(scenario: Scenario, t: number, viewport: Viewport, cellPx: number): EventCell[] {
  const level = Math.floor(viewport.camera.zoom);
  const cell = cellPx / (512 * 2 ** level);
  const box = viewBox(viewport, 0.05);
  const columns = Math.ceil(1 / cell) + 1;
  const { lon, lat, mx, my, appears, until, kind, kinds } = pointEventColumns(scenario);
  const strike = kinds.indexOf('strike');
  // Cells as slots of flat sums, found by their grid key.
  const slotOf = new Map<number, number>();
  const sums: number[] = [];
  const width = 5 + kinds.length;
  const add = (j: number, v: number) => (sums[j] = sums[j]! + v);
  for (let i = 0; i < appears.length && appears[i]! <= t; i++) {
    const x = lon[i]!;
    const y = lat[i]!;
    if (x < box.w || x > box.e || y < box.s || y > box.n) continue;
    const key = Math.floor(my[i]! / cell) * columns + Math.floor(mx[i]! / cell);
    let slot = slotOf.get(key);
    if (slot === undefined) {
      slot = sums.length;
      slotOf.set(key, slot);
      for (let k = 0; k < width; k++) sums.push(0);
    }
    add(slot, x);
    add(slot + 1, y);
    add(slot + 2, 1);
    if (kind[i] === strike) add(slot + 3, 1);
    if (t <= until[i]!) add(slot + 4, 1);
    add(slot + 5 + kind[i]!, 1);
  }
  return [...slotOf.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, at]) => {
      const count = sums[at + 2]!;
      // The commonest kind; on a tie, the first alphabetically (kinds are sorted).
      let best = 0;
      for (let k = 1; k < kinds.length; k++) if (sums[at + 5 + k]! > sums[at + 5 + best]!) best = k;
      return {
        position: [sums[at]! / count, sums[at + 1]! / count] as LonLat,
        count,
        strikes: sums[at + 3]!,
        current: sums[at + 4]!,
        kind: kinds[best] ?? 'event',
      };
    });
}
