import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { miniManifest } from '../../tests/fixtures/mini-scenario';
import { frameAt } from '../frame/frame-at';
import { loadScenario, type ScenarioFiles } from '../scenario/load';
import type { LoadError } from '../scenario/load-error';
import type { Scenario } from '../model/scenario';
import { ACLED_COLUMNS } from './formats/acled/acled-codes';
import { importFiles } from './import-files';
import { parseXml } from '../../tests/support/import-helpers';
import type { ImportResult } from './types';

const DAY = 86_400_000;
const T0 = Date.parse('2023-11-10T00:00:00Z');
const T1 = T0 + 5 * DAY;
const enc = (s: string) => new TextEncoder().encode(s);

const goodTime = fc.integer({ min: T0 - DAY, max: T1 + DAY }).map((t) => new Date(t).toISOString());
const badTime = fc.constantFrom('yesterday', '2023-11-10', '2023-11-10T00:00:00', '', '2023-02-30T00:00:00Z');
const time = fc.oneof({ weight: 40, arbitrary: goodTime }, { weight: 1, arbitrary: badTime });
const lon = fc.oneof(
  { weight: 60, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(NaN, 200, -180.5, '1', null, Infinity) },
);
const lat = fc.oneof(
  { weight: 60, arbitrary: fc.double({ min: 10, max: 25, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(NaN, 95, '18', null) },
);
const kinds = ['place', 'movement', 'event', 'strike', 'clash', 'area'] as const;

/** Usually `good`, now and then `bad`: each feature then has a fair chance of being valid. */
const mostly = <A, B>(good: fc.Arbitrary<A>, bad: fc.Arbitrary<B>) =>
  fc.oneof({ weight: 25, arbitrary: good }, { weight: 1, arbitrary: bad });

/** A feature that is valid more often than not, and otherwise wrong in one of many ways. */
const feature = fc
  .record({
    id: mostly(fc.uuid(), fc.constantFrom('dup', 'dup', '', 'not an id', 7)),
    kind: fc.constantFrom(...kinds),
    side: mostly(fc.constantFrom('blue', 'red'), fc.constant('green')),
    certainty: mostly(
      fc.constantFrom('confirmed', 'reported', 'estimated'),
      fc.constantFrom('claimed', 'sure'),
    ),
    claimedBy: fc.option(fc.constantFrom('blue', 'red')),
    sources: mostly(fc.constant(['src']), fc.constantFrom(['src', 'nope'], [])),
    time: mostly(time, fc.constant(null)),
    window: fc.option(fc.tuple(time, time)),
    vertices: mostly(
      fc.array(fc.tuple(lon, lat, time), { minLength: 3, maxLength: 6 }),
      fc.array(fc.tuple(lon, lat, time), { maxLength: 2 }),
    ),
    sortTimes: mostly(fc.constant(true), fc.constant(false)),
    uncertaintyKm: fc.option(
      mostly(fc.double({ min: 0, max: 1000, noNaN: true }), fc.constantFrom(-1, 2000, NaN)),
    ),
    control: fc.option(
      fc.array(fc.record({ time, side: mostly(fc.constantFrom('blue', 'red'), fc.constant('x')) }), {
        maxLength: 3,
      }),
    ),
    label: mostly(
      fc.oneof(fc.string({ minLength: 1 }), fc.constant('<script>alert(1)</script>')),
      fc.constant(''),
    ),
    noise: fc.option(fc.jsonValue()),
  })
  .map((r) => {
    const coords = r.vertices.map(([x, y]) => [x, y]);
    const times = r.vertices.map(([, , t]) => t);
    if (r.sortTimes) times.sort();
    const geometry =
      r.kind === 'movement'
        ? { type: 'LineString', coordinates: coords }
        : r.kind === 'area'
          ? { type: 'Polygon', coordinates: [[...coords, ...coords.slice(0, 1)]] }
          : { type: 'Point', coordinates: coords[0] ?? [0, 0] };
    const p: Record<string, unknown> = {
      id: r.id,
      kind: r.kind,
      side: r.side,
      label: r.label,
      sources: r.sources,
      certainty: r.certainty,
    };
    if (r.claimedBy || r.certainty === 'claimed') p.claimedBy = r.claimedBy ?? 'red';
    if (r.kind === 'movement') p.coordTimes = times;
    else if (r.window) [p.start, p.end] = r.window.sort();
    else if (r.time) p.time = r.time;
    if (r.uncertaintyKm !== null) p.uncertaintyKm = r.uncertaintyKm;
    if (r.control) p.control = r.control;
    if (r.noise !== null) p.extra = r.noise;
    return { type: 'Feature', geometry, properties: p };
  });

const range = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(goodTime, goodTime)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => (a < b ? [a, b] : [b, a])),
  },
  { weight: 1, arbitrary: fc.tuple(time, time) },
);

/** A scenario folder as text; sometimes a feature is raw junk, sometimes the GeoJSON text is cut short. */
const scenarioFiles = fc
  .record({
    range,
    features: fc.array(
      fc.oneof({ weight: 15, arbitrary: feature }, { weight: 1, arbitrary: fc.jsonValue() }),
      { maxLength: 12 },
    ),
    cut: mostly(fc.constant(null), fc.nat()),
  })
  .map(({ range: [start, end], features, cut }): ScenarioFiles => {
    const manifest = { ...miniManifest(), timeRange: { start, end } };
    delete (manifest as { initialTime?: unknown }).initialTime;
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    return {
      'scenario.json': JSON.stringify(manifest),
      'features.geojson': cut === null ? text : text.slice(0, cut % (text.length + 1)),
    };
  });

function wellFormed(errors: readonly LoadError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect([typeof e.file, typeof e.field, typeof e.value, typeof e.message]).toEqual([
      'string',
      'string',
      'string',
      'string',
    ]);
    expect(e.message).not.toMatch(/Sandtable bug/);
  }
}

/** frameAt is total over [start, end]: a frame for every t, finite heads, progress within [0, 1]. */
function checkFrames(s: Scenario, ts: readonly number[]): void {
  for (const t of [s.start, s.end, ...ts.map((k) => s.start + k * (s.end - s.start))]) {
    const frame = frameAt(s, t);
    for (const m of frame.movements) {
      expect(Number.isFinite(m.head[0]) && Number.isFinite(m.head[1]), `head at ${t}`).toBe(true);
      expect(m.progress).toBeGreaterThanOrEqual(0);
      expect(m.progress).toBeLessThanOrEqual(1);
      expect(Number.isFinite(m.km)).toBe(true);
    }
    for (const e of [...frame.events, ...frame.places]) expect(e.age).toBeGreaterThanOrEqual(0);
  }
}

function checkImport(r: ImportResult, ts: readonly number[]): void {
  if (!r.ok) return wellFormed(r.errors);
  expect(r.report.loaded).toBe(r.scenario.features.length);
  checkFrames(r.scenario, ts);
  // What was accepted loads again as it is, with nothing left to reject (features drawn with their problems
  // listed load again as they were drawn).
  const again = loadScenario(r.files, { drawFlawed: true });
  expect(again.ok).toBe(true);
}

const fractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 });

describe('properties', () => {
  it('loadScenario never throws, and frameAt is total over every scenario it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(scenarioFiles, fractions, (files, ts) => {
        const r = loadScenario(files);
        if (!r.ok) return wellFormed(r.errors);
        accepted++;
        checkFrames(r.scenario, ts);
      }),
      { numRuns: 300 },
    );
    // The generator must reach the valid side too, or the frameAt half proves nothing.
    expect(accepted).toBeGreaterThan(30);
  });

  it('importFiles never throws on a scenario folder, and loads whatever it accepts identically again', async () => {
    let partial = 0;
    await fc.assert(
      fc.asyncProperty(scenarioFiles, fractions, async (files, ts) => {
        const r = await importFiles(
          Object.entries(files).map(([name, text]) => ({ name: `pick/${name}`, bytes: enc(text) })),
        );
        if (r.ok && r.report.rejected.length) partial++;
        checkImport(r, ts);
      }),
      { numRuns: 150 },
    );
    expect(partial).toBeGreaterThan(20);
  });

  it('importFiles never throws on a lone GeoJSON', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(scenarioFiles, fractions, async (files, ts) => {
        const r = await importFiles([{ name: 'lone.geojson', bytes: enc(files['features.geojson'] ?? '') }]);
        if (r.ok) accepted++;
        checkImport(r, ts);
      }),
      { numRuns: 150 },
    );
    expect(accepted).toBeGreaterThan(30);
  });

  it('importFiles never throws on random ACLED-like CSV', async () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('1', '2', '3', '2023-11-14', '14 November 2023', '18.4', '"', '\n', ','),
    );
    const csv = fc
      .tuple(
        fc.shuffledSubarray([...ACLED_COLUMNS, 'actor2', 'location']),
        fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 8 }),
      )
      .map(([header, rows]) =>
        [header, ...rows]
          .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
          .join('\r\n'),
      );
    await fc.assert(
      fc.asyncProperty(csv, fractions, async (text, ts) =>
        checkImport(await importFiles([{ name: 'acled.csv', bytes: enc(text) }]), ts),
      ),
      { numRuns: 150 },
    );
  });

  it('importFiles never throws on random bytes under any name', async () => {
    const name = fc.constantFrom(
      'x.zip',
      'x.kmz',
      'x.geojson',
      'x.gpx',
      'x.kml',
      'x.csv',
      'scenario.json',
      'x',
      'x.txt',
    );
    await fc.assert(
      fc.asyncProperty(name, fc.uint8Array({ maxLength: 400 }), async (n, bytes) => {
        const r = await importFiles([{ name: n, bytes }], { parseXml });
        if (!r.ok) wellFormed(r.errors);
      }),
      { numRuns: 300 },
    );
  });
});
