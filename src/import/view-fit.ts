import type { Camera } from '../model/camera';
import { latOfMercatorY, mercatorY } from '../map/mercator';
import { near } from '../model/lon-interval';

export type BBox = [west: number, south: number, east: number, north: number];

/** The screen a default view is framed for, and MapLibre's tile size. */
const WIDTH = 1920;
const HEIGHT = 1080;
const TILE = 512;
/** Share of the screen the data may fill, leaving a margin for labels and panels. */
const FILL = 0.8;
/** A single point or a town's worth of events: close enough to read, not street level. */
const MAX_ZOOM = 13;

/** Grows `box` by every position in a geometry of any shape. */
export function extendBBox(box: BBox | undefined, geometry: unknown): BBox | undefined {
  let b = box;
  const stack: unknown[] = [geometry];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      const [lon, lat] = node as unknown[];
      if (typeof lon === 'number' && typeof lat === 'number') {
        b = b
          ? [Math.min(b[0], lon), Math.min(b[1], lat), Math.max(b[2], lon), Math.max(b[3], lat)]
          : [lon, lat, lon, lat];
      } else for (const child of node) stack.push(child);
    } else if (typeof node === 'object' && node !== null) {
      const g = node as { coordinates?: unknown; geometries?: unknown };
      stack.push(g.coordinates, g.geometries);
    }
  }
  return b;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * The view that frames `bbox` on a 1920×1080 screen with 512-px tiles: at zoom z the world is 512·2^z px
 * wide, so the zoom is log2 of screen px over the box's share of the world, in Web Mercator.
 */
export function fitView(bbox: BBox | undefined): Camera {
  if (!bbox) return { center: [0, 0], zoom: 1, bearing: 0, pitch: 0 };
  const [w, s, e, n] = bbox;
  const top = mercatorY(n);
  const bottom = mercatorY(s);
  const zx = Math.log2((WIDTH * FILL) / (TILE * ((e - w) / 360)));
  const zy = Math.log2((HEIGHT * FILL) / (TILE * (bottom - top)));
  const zoom = Math.max(0, Math.min(MAX_ZOOM, zx, zy));
  return {
    // A box across the antimeridian runs east past 180: its centre is brought back into [−180, 180].
    center: [round(near((w + e) / 2, 0), 5), round(latOfMercatorY((top + bottom) / 2), 5)],
    zoom: Math.floor(zoom * 100) / 100,
    bearing: 0,
    pitch: 0,
  };
}
