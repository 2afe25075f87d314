import type { Scenario } from '../model/scenario';
import type { Affiliation } from './sidc';

/** Whether `a` and `b` fight each other: either side may list the other as an opponent. */
export function areOpponents(scenario: Pick<Scenario, 'sideById'>, a: string, b: string): boolean {
  return (
    (scenario.sideById.get(a)?.opponents ?? []).includes(b) ||
    (scenario.sideById.get(b)?.opponents ?? []).includes(a)
  );
}

/**
 * How a side's symbols are framed. With a perspective, that side is friend, its opponents hostile and
 * everyone else neutral (a UN mission, civilians). Without one (`neutral`, the default), every side keeps its
 * own colour in one frame shape: a historical map should not silently take a side.
 */
export function affiliationOf(
  scenario: Pick<Scenario, 'sideById' | 'perspective'>,
  side: string,
): Affiliation {
  const p = scenario.perspective;
  if (p === undefined || p === 'neutral') return 'side';
  if (side === p) return 'friend';
  return areOpponents(scenario, p, side) ? 'hostile' : 'neutral';
}
