import type { LonLat } from './geo';

/**
 * Where the map looks from: the one camera type of the app. Chapter cameras, the briefing camera, exports,
 * deep links, the furniture and the scripting API all speak it. Bearing in degrees clockwise from north,
 * pitch in degrees from straight down, zoom as MapLibre's (512 px tiles).
 */
export interface Camera {
  center: LonLat;
  zoom: number;
  bearing: number;
  pitch: number;
}
