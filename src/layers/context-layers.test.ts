import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOREIGN_DIR, readInput } from '../../tests/support/import-helpers';
import { frameAt } from '../frame/frame-at';
import { importFiles } from '../import/import-files';
import type { Scenario } from '../model/scenario';
import { buildLayers } from './build-layers';
import { contextLayers } from './context-layers';
import type { LayerContext } from './layer-context';

async function scenarioOf(...names: string[]): Promise<Scenario> {
  const r = await importFiles(names.map((n) => readInput(join(FOREIGN_DIR, n))));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const ctx = (scenario: Scenario, iso: string): LayerContext => ({
  scenario,
  frame: frameAt(scenario, Date.parse(iso)),
  theme: 'projector',
  lang: 'en',
  icons: 'data:,',
  labels: [],
});

const dataOf = (layers: { id: string; props: { data: unknown } }[]) =>
  Object.fromEntries(layers.map((l) => [l.id, l.props.data]));

describe('contextLayers', () => {
  it('draws context at the bottom of the stack, areas under lines under points', async () => {
    const s = await scenarioOf('context.geojson');
    const ids = buildLayers(ctx(s, '2023-11-12T00:00:00Z')).map((l) => l.id);
    expect(ids.slice(0, 3)).toEqual(['context-area', 'context-line', 'context-point']);
    const data = dataOf(contextLayers(ctx(s, '2023-11-12T00:00:00Z')) as never);
    // The boundary, then the road, the ring of the area of interest and the half-timed trace; one place.
    expect((data['context-area'] as unknown[]).length).toBe(1);
    expect((data['context-line'] as unknown[]).length).toBe(3);
    expect((data['context-point'] as unknown[]).length).toBe(1);
  });

  it('builds its data once per scenario, not per frame', async () => {
    const s = await scenarioOf('context.geojson');
    const a = dataOf(contextLayers(ctx(s, '2023-11-10T00:00:00Z')) as never);
    const b = dataOf(contextLayers(ctx(s, '2023-11-14T12:00:00Z')) as never);
    for (const id of Object.keys(a)) expect(b[id], id).toBe(a[id]);
  });

  it('shows windowed context only inside its window, with the same layer ids at every t', async () => {
    const s = await scenarioOf('orbat-mapper.json');
    const at = (iso: string) =>
      contextLayers(ctx(s, iso)) as never as { id: string; props: { data: unknown[] } }[];
    const inside = at('2023-11-12T00:00:00Z');
    const line = (layers: typeof inside) => layers.find((l) => l.id === 'context-timed-line')?.props.data;
    // Unchanged visibility from one frame to the next, unchanged data: deck keeps its buffers.
    expect(line(at('2023-11-12T06:00:00Z'))).toBe(line(inside));
    const after = at('2023-11-14T00:00:00Z');
    expect(inside.map((l) => l.id)).toEqual(after.map((l) => l.id));
    expect(line(inside)?.length).toBe(1);
    expect(line(after)?.length).toBe(0);
  });

  it('draws nothing for a scenario without context', async () => {
    const s = await scenarioOf('route.gpx');
    expect(contextLayers({ ...ctx(s, '2023-11-10T08:00:00Z'), scenario: { ...s, context: [] } })).toEqual([]);
  });
});
