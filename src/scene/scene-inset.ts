import type { FurnitureInput } from '../furniture/furniture-input';
import { chooseInset, INSET_POINTS, type InsetView, type InsetWindow } from '../furniture/inset-choice';
import type { InsetWorld } from '../furniture/inset-world';
import type { LonLat } from '../model/geo';
import type { Scenario, ScenarioFeature } from '../model/scenario';

/** Calls `fn` with every position of a geometry (its lon and lat), in order. */
function eachPosition(geometry: unknown, fn: (lon: number, lat: number) => void): void {
  const stack: unknown[] = [geometry];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      const [lon, lat] = node as unknown[];
      if (typeof lon === 'number' && typeof lat === 'number') fn(lon, lat);
      else for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (typeof node === 'object' && node !== null) {
      const g = node as { coordinates?: unknown; geometries?: unknown };
      stack.push(g.geometries, g.coordinates);
    }
  }
}

/**
 * Where the scenario's action is: the positions of its movements, events and places (its campaign), or of its
 * context when it has nothing else (roads and boundaries given for context may run far past the action). At
 * most `max`, evenly spread: a 10,000-movement scenario has half a million positions, and copying them all
 * cost the page a tenth of a second (and as much again in garbage collection) when it opened.
 */
export function actionPoints(scenario: Scenario, max = Infinity): LonLat[] {
  const campaign: readonly ScenarioFeature[] = [...scenario.movements, ...scenario.timed];
  const features = campaign.length ? campaign : scenario.context;
  let total = 0;
  for (const f of features) eachPosition(f.geometry, () => total++);
  const step = total > max ? total / max : 1;
  const out: LonLat[] = [];
  let index = 0;
  let next = 0;
  for (const f of features)
    eachPosition(f.geometry, (lon, lat) => {
      if (index++ < next) return;
      out.push([lon, lat]);
      next = Math.floor(out.length * step);
    });
  return out;
}

const chosen = new WeakMap<Scenario, WeakMap<InsetWorld, InsetView>>();

/** The inset for a scenario (`chooseInset` on its action), chosen once per scenario and world. */
export function scenarioInset(scenario: Scenario, world: InsetWorld): InsetView {
  let byWorld = chosen.get(scenario);
  if (!byWorld) chosen.set(scenario, (byWorld = new WeakMap()));
  let view = byWorld.get(world);
  if (!view) byWorld.set(world, (view = chooseInset(actionPoints(scenario, INSET_POINTS), world)));
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
