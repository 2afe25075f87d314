import type { FurnitureInput } from '../furniture/furniture-input';
import { chooseInset, type InsetView, type InsetWindow } from '../furniture/inset-choice';
import type { InsetWorld } from '../furniture/inset-world';
import type { LonLat } from '../model/geo';
import type { Scenario, ScenarioFeature } from '../model/scenario';

/** Every position of a geometry, pushed onto `out`. */
function positions(geometry: unknown, out: LonLat[]): void {
  const stack: unknown[] = [geometry];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      const [lon, lat] = node as unknown[];
      if (typeof lon === 'number' && typeof lat === 'number') out.push([lon, lat]);
      else for (const child of node) stack.push(child);
    } else if (typeof node === 'object' && node !== null) {
      const g = node as { coordinates?: unknown; geometries?: unknown };
      stack.push(g.coordinates, g.geometries);
    }
  }
}

/**
 * Where the scenario's action is: every position of its movements, events and places (its campaign), or of
 * its context when it has nothing else. Roads and boundaries given for context may run far past the action.
 */
export function actionPoints(scenario: Scenario): LonLat[] {
  const out: LonLat[] = [];
  const campaign: readonly ScenarioFeature[] = [...scenario.movements, ...scenario.timed];
  for (const f of campaign.length ? campaign : scenario.context) positions(f.geometry, out);
  return out;
}

const chosen = new WeakMap<Scenario, WeakMap<InsetWorld, InsetView>>();

/** The inset for a scenario (`chooseInset` on its action), chosen once per scenario and world. */
export function scenarioInset(scenario: Scenario, world: InsetWorld): InsetView {
  let byWorld = chosen.get(scenario);
  if (!byWorld) chosen.set(scenario, (byWorld = new WeakMap()));
  let view = byWorld.get(world);
  if (!view) byWorld.set(world, (view = chooseInset(actionPoints(scenario), world)));
  return view;
}

/** The inset of a frame, summarised for scripts and tests: country names as drawn, window, kind. */
export function insetSummary(input: FurnitureInput): {
  countries: string[];
  window: InsetWindow;
  kind: InsetView['kind'];
} | null {
  const view = input.inset;
  if (!view) return null;
  const byId = new Map(view.world.countries.map((c) => [c.id, c]));
  return {
    countries: view.focus.flatMap((id) => {
      const c = byId.get(id);
      return c ? [input.lang === 'fr' ? c.fr : c.en] : [];
    }),
    window: { ...view.window },
    kind: view.kind,
  };
}
