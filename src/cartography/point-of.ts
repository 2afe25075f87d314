import type { FeatureState } from '../frame/frame-at';
import type { LonLat } from '../model/geo';

/** A point feature's position; layers that call this only receive point features. */
export function pointOf(s: FeatureState): LonLat {
  const g = s.feature.geometry;
  return g.type === 'Point' ? [g.coordinates[0] as number, g.coordinates[1] as number] : [NaN, NaN];
}
