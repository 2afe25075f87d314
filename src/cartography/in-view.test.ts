import { describe, expect, it } from 'vitest';
import { syntheticScenarioFiles } from '../../bench/synthetic-scenario';
import { frameAt } from '../frame/frame-at';
import { mercatorY } from '../map/mercator';
import { viewportOf } from '../map/viewport';
import { loadScenario } from '../scenario/load';
import { AGGREGATE_EVENTS } from './density';
import { zoneStates } from './event-columns';
import { densityInView, eventCells, viewBox } from './in-view';

const loaded = loadScenario(
  syntheticScenarioFiles({ movements: 50, vertices: 10, seed: 5, events: 6000, zoom: 6.4 }),
);
if (!loaded.ok) throw new Error('synthetic scenario rejected');
const scenario = loaded.scenario;
const t = scenario.start + (scenario.end - scenario.start) * 0.6;
const frame = frameAt(scenario, t);
const viewport = viewportOf(
  { center: [1, 17.5], zoom: 7, bearing: 0, pitch: 0 },
  { width: 1280, height: 720 },
);

const pointOf = (e: (typeof frame.events)[number]) =>
  (e.feature.geometry as { coordinates: number[] }).coordinates as [number, number];

describe('counting and grouping what is in view (from columns computed once per scenario)', () => {
  it("counts the frame's point events in view, as a walk over the frame's own list does", () => {
    const box = viewBox(viewport, 0.02);
    const naive = frame.events.filter((e) => {
      if (e.feature.geometry.type !== 'Point') return false;
      const [lon, lat] = pointOf(e);
      return lon >= box.w && lon <= box.e && lat >= box.s && lat <= box.n;
    }).length;
    const density = densityInView(scenario, frame, viewport);
    expect(naive).toBeGreaterThan(AGGREGATE_EVENTS);
    expect(density.events).toBe(naive);
    expect(density.aggregateEvents).toBe(true);
  });

  it("groups them in the map's grid: the same cells, counts, kinds and mean positions as the frame's list gives", () => {
    const cellPx = 56;
    const cell = cellPx / (512 * 2 ** Math.floor(viewport.camera.zoom));
    const columns = Math.ceil(1 / cell) + 1;
    const box = viewBox(viewport, 0.05);
    const naive = new Map<
      number,
      { lon: number; lat: number; n: number; strikes: number; current: number; kinds: Map<string, number> }
    >();
    for (const e of frame.events) {
      if (e.feature.geometry.type !== 'Point') continue;
      const [lon, lat] = pointOf(e);
      if (lon < box.w || lon > box.e || lat < box.s || lat > box.n) continue;
      const key = Math.floor(mercatorY(lat) / cell) * columns + Math.floor((lon + 180) / 360 / cell);
      const c = naive.get(key) ?? { lon: 0, lat: 0, n: 0, strikes: 0, current: 0, kinds: new Map() };
      naive.set(key, c);
      c.lon += lon;
      c.lat += lat;
      c.n++;
      if (e.feature.kind === 'strike') c.strikes++;
      if (e.inWindow) c.current++;
      c.kinds.set(e.feature.kind, (c.kinds.get(e.feature.kind) ?? 0) + 1);
    }
    const expected = [...naive.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, c]) => ({
        position: [c.lon / c.n, c.lat / c.n],
        count: c.n,
        strikes: c.strikes,
        current: c.current,
        kind: [...c.kinds.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
      }));
    const cells = eventCells(scenario, t, viewport, cellPx);
    expect(cells.length).toBeGreaterThan(20);
    expect(cells).toEqual(expected);
    expect(cells.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(AGGREGATE_EVENTS);
  });

  it('finds no clash zones without a scan when the scenario has none', () => {
    expect(zoneStates(scenario, frame)).toEqual([]);
  });
});
