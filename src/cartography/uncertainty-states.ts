import type { FeatureState, Frame, MovementState } from '../frame/frame-at';
import type { MovementFeature } from '../model/scenario';

/** Point features with a stated radius: places always, events while they are current. */
export function haloStates(frame: Frame): FeatureState[] {
  const withRadius = (s: FeatureState) =>
    s.feature.geometry.type === 'Point' && (s.feature.props.uncertaintyKm ?? 0) > 0;
  // The window first: of a large scenario's events, few are current (and the check is the cheapest).
  return [...frame.places.filter(withRadius), ...frame.events.filter((e) => e.inWindow && withRadius(e))];
}

/** Movements whose route is known only as a corridor (per-vertex uncertainty). */
export function corridorStates(frame: Frame): MovementState[] {
  return frame.movements.filter(
    (m) => (m.feature.props.coordUncertaintyKm ?? []).some((w) => w > 0) && isCorridor(m.feature),
  );
}

/** A route counts as a corridor when it is estimated: a reported road move is drawn on its road. */
function isCorridor(f: MovementFeature): boolean {
  return f.props.certainty === 'estimated' || f.props.certainty === 'claimed';
}
