import type { Camera } from '../model/camera';
import type { LonLat } from '../model/geo';
import { latOfMercatorY, mercatorY } from './mercator';

/** A frame's size in CSS px. */
export interface Size {
  width: number;
  height: number;
}

/** Space kept free at each edge, CSS px: the map's centre is the centre of what is left (MapLibre `padding`). */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type Bounds = [[number, number], [number, number]];

/** What a camera shows on a frame of a given size: lon/lat ↔ CSS px, without a map or a GPU. */
export interface Viewport extends Size {
  camera: Camera;
  project(lonLat: LonLat): [number, number];
  unproject(point: [number, number]): LonLat;
  /** [[west, south], [east, north]] of what the frame shows. */
  bounds(): Bounds;
}

// MapLibre's constants: 512 px tiles and a vertical field of view of 2·atan(3/4) ≈ 36.87°. Kept equal so that a pure viewport places labels where the map draws their anchors.
const TILE = 512;
const FOV = 2 * Math.atan(0.75);
const RAD = Math.PI / 180;

function toWorld([lon, lat]: LonLat, worldSize: number): [number, number] {
  return [((lon + 180) / 360) * worldSize, mercatorY(lat) * worldSize];
}

function fromWorld(x: number, y: number, worldSize: number): LonLat {
  return [(x / worldSize) * 360 - 180, latOfMercatorY(y / worldSize)];
}

/**
 * The projection MapLibre's Mercator transform applies (pan, rotation by bearing, perspective tilt by
 * pitch, centre offset by padding), written out for the ground plane, so a frame's labels, furniture and
 * focus can be laid out from (camera, size) alone — on screen, in an export and in a benchmark alike.
 */
export function viewportOf(camera: Camera, size: Size, padding?: Padding): Viewport {
  const { width, height } = size;
  const worldSize = TILE * 2 ** camera.zoom;
  const [cx, cy] = toWorld(camera.center, worldSize);
  const bearing = camera.bearing * RAD;
  const pitch = camera.pitch * RAD;
  const cos = Math.cos(bearing);
  const sin = Math.sin(bearing);
  const cosP = Math.cos(pitch);
  const sinP = Math.sin(pitch);
  // Distance from the camera to the map's centre, in px: half the height over tan(fov / 2).
  const d = height / 2 / Math.tan(FOV / 2);
  const ox = width / 2 + (padding ? (padding.left - padding.right) / 2 : 0);
  const oy = height / 2 + (padding ? (padding.top - padding.bottom) / 2 : 0);

  const project = (p: LonLat): [number, number] => {
    const [wx, wy] = toWorld(p, worldSize);
    const dx = wx - cx;
    const dy = wy - cy;
    const x = cos * dx + sin * dy;
    const y = -sin * dx + cos * dy;
    const depth = d - sinP * y;
    return [ox + (d * x) / depth, oy + (d * cosP * y) / depth];
  };

  const unproject = ([sx, sy]: [number, number]): LonLat => {
    const px = sx - ox;
    // Beyond the horizon the ground is never reached: clamp just below it.
    const py = Math.min(sy - oy, sinP > 1e-9 ? (d * cosP) / sinP - 1e-6 : Infinity);
    const y = (py * d) / (d * cosP + py * sinP);
    const x = (px * (d - sinP * y)) / d;
    const dx = cos * x - sin * y;
    const dy = sin * x + cos * y;
    return fromWorld(cx + dx, cy + dy, worldSize);
  };

  const bounds = (): Bounds => {
    const corners = [
      unproject([0, 0]),
      unproject([width, 0]),
      unproject([width, height]),
      unproject([0, height]),
    ];
    const lons = corners.map((c) => c[0]);
    const lats = corners.map((c) => c[1]);
    return [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ];
  };

  return { camera, width, height, project, unproject, bounds };
}
