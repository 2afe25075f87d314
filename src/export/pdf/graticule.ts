import type { BoxMm } from './page-layout';

/** A tick on the map's frame: where along the edge (mm from the page's top-left) and its label. */
export interface Tick {
  at: number;
  label: string;
}

/** A north-up, unpitched Web Mercator map: its centre, zoom and size in CSS px (MapLibre's 512 px tiles). */
export interface FlatView {
  center: [number, number];
  zoom: number;
  width: number;
  height: number;
}

const STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800].map((m) => m / 60);

function mercY(lat: number): number {
  const φ = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / Math.PI) / 2;
}

function latOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/** "18°30′N", "1°E", "0°": degrees and whole minutes, with the hemisphere. */
export function degreeLabel(value: number, axis: 'lon' | 'lat'): string {
  const minutes = Math.round(Math.abs(value) * 60);
  const d = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hemi = minutes === 0 ? '' : axis === 'lon' ? (value > 0 ? 'E' : 'W') : value > 0 ? 'N' : 'S';
  return `${d}°${m ? `${String(m).padStart(2, '0')}′` : ''}${hemi}`;
}

function ticksBetween(lo: number, hi: number, maxTicks: number): number[] {
  const step = STEPS.find((s) => (hi - lo) / s <= maxTicks) ?? 30;
  const out: number[] = [];
  for (let i = Math.ceil(lo / step - 1e-9); i * step <= hi + 1e-9; i++)
    out.push(Number((i * step).toFixed(6)));
  return out;
}

/** The map's edges in degrees. */
export function viewBounds(view: FlatView): { west: number; south: number; east: number; north: number } {
  const world = 512 * 2 ** view.zoom;
  const cx = ((view.center[0] + 180) / 360) * world;
  const cy = mercY(view.center[1]) * world;
  return {
    west: ((cx - view.width / 2) / world) * 360 - 180,
    east: ((cx + view.width / 2) / world) * 360 - 180,
    north: latOf((cy - view.height / 2) / world),
    south: latOf((cy + view.height / 2) / world),
  };
}

/**
 * Meridians and parallels at a round step where they cross the map's frame, in mm on the page: x for the
 * longitudes (top and bottom edges), y for the latitudes (left and right), about `maxTicks` per edge at most.
 */
export function graticuleTicks(view: FlatView, map: BoxMm, maxTicks = 6): { lon: Tick[]; lat: Tick[] } {
  const world = 512 * 2 ** view.zoom;
  const cx = ((view.center[0] + 180) / 360) * world;
  const cy = mercY(view.center[1]) * world;
  const mmPerPx = map.w / view.width;
  const { west, south, east, north } = viewBounds(view);
  const lon = ticksBetween(west, east, maxTicks).map((v) => ({
    at: map.x + (((v + 180) / 360) * world - (cx - view.width / 2)) * mmPerPx,
    label: degreeLabel(v, 'lon'),
  }));
  const lat = ticksBetween(south, north, maxTicks).map((v) => ({
    at: map.y + (mercY(v) * world - (cy - view.height / 2)) * (map.h / view.height),
    label: degreeLabel(v, 'lat'),
  }));
  return { lon, lat };
}
