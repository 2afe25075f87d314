import type { FeatureState, Frame } from '../frame/frame-at';
import { mercatorY } from '../map/mercator';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import { memoByFeature } from './shapes';

/**
 * A scenario's point events (what a frame lists among its events with a Point geometry), as columns of
 * numbers in the order they appear, computed once per scenario. Counting and grouping them for a frame then
 * reads typed arrays up to the first not yet begun, instead of walking 100,000 feature objects (and taking a
 * logarithm for each) every frame.
 */
export interface PointEventColumns {
  features: readonly ScenarioFeature[];
  lon: Float64Array;
  lat: Float64Array;
  /** Web Mercator x and y, 0–1 (`mercatorY`). */
  mx: Float64Array;
  my: Float64Array;
  /** When each appears and when its window ends, epoch ms (non-decreasing `appears`). */
  appears: Float64Array;
  until: Float64Array;
  /** Index of each one's kind in `kinds`, which is sorted (so the lowest index is the first alphabetically). */
  kind: Uint8Array;
  kinds: readonly string[];
}

export const pointEventColumns = memoByFeature((scenario: Scenario): PointEventColumns => {
  // As frameAt: everything timed but places and areas is an event; only points are counted and grouped.
  const features = scenario.timed.filter(
    (f) => f.kind !== 'place' && f.kind !== 'area' && f.geometry.type === 'Point',
  );
  const kinds = [...new Set(features.map((f) => f.kind as string))].sort();
  const n = features.length;
  const columns = {
    features,
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    mx: new Float64Array(n),
    my: new Float64Array(n),
    appears: new Float64Array(n),
    until: new Float64Array(n),
    kind: new Uint8Array(n),
    kinds,
  };
  features.forEach((f, i) => {
    const [lon, lat] = (f.geometry as { coordinates: number[] }).coordinates as [number, number];
    columns.lon[i] = lon;
    columns.lat[i] = lat;
    columns.mx[i] = (lon + 180) / 360;
    columns.my[i] = mercatorY(lat);
    columns.appears[i] = f.appears;
    columns.until[i] = f.until;
    columns.kind[i] = kinds.indexOf(f.kind);
  });
  return columns;
});

const hasZones = memoByFeature((scenario: Scenario) =>
  scenario.timed.some((f) => f.kind !== 'place' && f.kind !== 'area' && f.geometry.type === 'Polygon'),
);

/** The frame's clash zones (events drawn as areas); none without a scan when the scenario has none. */
export function zoneStates(scenario: Scenario, frame: Frame): FeatureState[] {
  return hasZones(scenario) ? frame.events.filter((e) => e.feature.geometry.type === 'Polygon') : [];
}
