import type { Camera } from './camera';
import { lonInterval, near } from './lon-interval';

/** [west, south, east, north], degrees; east passes 180 for a box across the antimeridian. */
export type Extent = [number, number, number, number];

/** Every position of a geometry (any type, nested collections too), to `visit`. */
function eachPosition(geometry: unknown, visit: (lon: number, lat: number) => void): void {
  const stack: unknown[] = [geometry];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      const [lon, lat] = node as unknown[];
      if (typeof lon === 'number' && typeof lat === 'number') visit(lon, lat);
      else for (const child of node) stack.push(child);
    } else if (typeof node === 'object' && node !== null) {
      const g = node as { coordinates?: unknown; geometries?: unknown };
      stack.push(g.coordinates, g.geometries);
    }
  }
}

/**
 * The box holding every position of `geometries`, across the antimeridian when that is the shorter way, so a
 * campaign around Fiji or the Bering Strait is framed on itself rather than on the whole world.
 */
export function featureExtent(geometries: Iterable<unknown>): Extent | undefined {
  const lons = new Set<number>();
  let south = Infinity;
  let north = -Infinity;
  for (const g of geometries)
    eachPosition(g, (lon, lat) => {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
      lons.add(lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    });
  if (!lons.size) return undefined;
  const [west, east] = lonInterval([...lons]);
  return [west, south, east, north];
}

// Web Mercator as MapLibre draws it, restated here: the model sits below the map code it would come from.
const MAX_LAT = 85.0511;
const mercY = (lat: number) => {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
};
const latOfY = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** How close a fit may come: a lone point or a town's worth of events is shown with its surroundings. */
export const MAX_FIT_ZOOM = 12;

/**
 * The north-up camera holding `extent` in `fill` of a frame of `size` CSS px (512-px tiles: at zoom z the world
 * is 512·2^z px wide), no closer than MAX_FIT_ZOOM; the whole world at zoom 1 when there is nothing to hold.
 */
export function fitExtent(
  extent: Extent | undefined,
  size: { width: number; height: number },
  fill = 0.8,
): Camera {
  if (!extent) return { center: [0, 0], zoom: 1, bearing: 0, pitch: 0 };
  const [w, s, e, n] = extent;
  const top = mercY(n);
  const bottom = mercY(s);
  const zx = Math.log2((size.width * fill) / (512 * (Math.max(e - w, 1e-9) / 360)));
  const zy = Math.log2((size.height * fill) / (512 * Math.max(bottom - top, 1e-12)));
  const zoom = Math.max(0, Math.min(MAX_FIT_ZOOM, zx, zy));
  return {
    center: [near((w + e) / 2, 0), latOfY((top + bottom) / 2)],
    zoom,
    bearing: 0,
    pitch: 0,
  };
}
