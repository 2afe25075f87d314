import type { Map as MapLibreMap } from 'maplibre-gl';
import { furnitureLayout } from '../furniture/furniture-layout';
import type { FurnitureInput } from '../furniture/furniture-input';
import type { Camera } from '../furniture/furniture-for-frame';
import type { LayerContext } from '../layers/layer-context';

/** The camera a map shows now, as the furniture needs it. */
export function cameraOf(map: MapLibreMap): Camera {
  const c = map.getCenter();
  const b = map.getBounds();
  return {
    center: [c.lng, c.lat],
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    bounds: [
      [b.getWest(), b.getSouth()],
      [b.getEast(), b.getNorth()],
    ],
  };
}

/**
 * The map as seen on a frame of `width × height` CSS px: how to project onto it, and the furniture boxes that
 * labels must keep clear of. The screen and every export build it the same way, so they place labels alike.
 */
export function screenOf(
  map: MapLibreMap,
  width: number,
  height: number,
  furniture: Omit<FurnitureInput, 'width' | 'height' | 'pixelRatio'> | undefined,
): LayerContext['screen'] {
  const rects = furniture
    ? Object.values(furnitureLayout({ ...furniture, width, height, pixelRatio: 1 }))
    : [];
  return {
    project: (p) => {
      const pt = map.project(p);
      return [pt.x, pt.y];
    },
    width,
    height,
    obstacles: rects.map((r) => ({ x0: r.x - 4, y0: r.y - 4, x1: r.x + r.w + 4, y1: r.y + r.h + 4 })),
  };
}
