// Shared by the data-export tests: Kidal loaded as the app loads it, re-imported from an export, and the
// two compared frame by frame.
import distance from '@turf/distance';
import { expect } from 'vitest';
import { frameAt } from '../../src/frame/frame-at';
import { importFiles } from '../../src/import/import-files';
import { localize } from '../../src/i18n/localize';
import type { Scenario } from '../../src/model/scenario';
import { loadScenario } from '../../src/scenario/load';
import { readScenarioFiles } from './kidal-data';

export function kidal(): Scenario {
  const r = loadScenario(readScenarioFiles());
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** Imports an export as the app would (worker-less), failing the test with its errors. */
export async function reimport(name: string, data: string | Uint8Array): Promise<Scenario> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const r = await importFiles([{ name, bytes }], { now: () => 0 });
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.scenario;
}

const label = (l: unknown) => localize(l as never, 'en');

/**
 * The same frames at `samples` times across the scenario: every movement's head within `metres` of where it
 * was (matched by label), and the same events begun (by label).
 */
export function expectSameFrames(a: Scenario, b: Scenario, metres = 10, samples = 20): void {
  let compared = 0;
  for (let i = 0; i < samples; i++) {
    const t = a.start + ((a.end - a.start) * i) / (samples - 1);
    const fa = frameAt(a, t);
    const fb = frameAt(b, t);
    const heads = (f: typeof fa) =>
      new Map(f.movements.map((m) => [label(m.feature.props.label) + '@' + m.feature.appears, m.head]));
    const ha = heads(fa);
    const hb = heads(fb);
    expect([...hb.keys()].sort(), `movements at ${new Date(t).toISOString()}`).toEqual([...ha.keys()].sort());
    for (const [k, p] of ha) {
      const km = distance(p, hb.get(k)!, { units: 'kilometers' });
      expect(km * 1000, `${k} at ${new Date(t).toISOString()}`).toBeLessThan(metres);
      compared++;
    }
    const events = (f: typeof fa) =>
      f.events.map((e) => `${label(e.feature.props.label)}|${e.feature.appears}`).sort();
    expect(events(fb), `events at ${new Date(t).toISOString()}`).toEqual(events(fa));
  }
  expect(compared).toBeGreaterThan(20);
}
