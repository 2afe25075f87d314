import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RendererPool } from './renderer-pool';
import { ExportCancelled } from './export-job';
import type { RenderSettings } from './offscreen-renderer';
import type { Scenario } from '../model/scenario';
import type { UserBasemap } from '../map/user-basemap';
import { settled } from '../../tests/support/fake-clock';

class FakeRenderer {
  log: string[] = [];
  constructor(readonly id: number) {}
  beginJob({ camera }: Pick<RenderSettings, 'camera'>) {
    this.log.push(`begin ${camera.zoom}`);
  }
  endJob() {
    this.log.push('end');
  }
  destroy() {
    this.log.push('destroy');
  }
}

function setup() {
  const built: FakeRenderer[] = [];
  const pool = new RendererPool(async () => {
    const r = new FakeRenderer(built.length);
    built.push(r);
    return r;
  });
  return { pool, built };
}

const scenario = {} as Scenario;
const settings = (over: Partial<RenderSettings> = {}): RenderSettings => ({
  scenario,
  theme: 'projector',
  lang: 'en',
  camera: { center: [1, 18], zoom: 8, bearing: 0, pitch: 0 },
  size: { width: 1920, height: 1080, pixelRatio: 1 },
  baseUrl: 'http://127.0.0.1/',
  ...over,
});

// Jobs that take time take it on the fake clock: their order is the pool's, not the machine's.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RendererPool', () => {
  it('keeps the map between jobs when only the camera changes', async () => {
    const { pool, built } = setup();
    await pool.use(settings(), async () => undefined);
    const camera = { center: [2, 19] as [number, number], zoom: 9, bearing: 0, pitch: 0 };
    expect(pool.holds(settings({ camera }))).toBe(true);
    await pool.use(settings({ camera }), async () => undefined);
    expect(built).toHaveLength(1);
    expect(built[0]!.log).toEqual(['begin 8', 'end', 'begin 9', 'end']);
  });

  it('builds a new map, and frees the old, for another size, theme or scenario', async () => {
    const { pool, built } = setup();
    await pool.use(settings(), async () => undefined);
    await pool.use(settings({ size: { width: 1280, height: 720, pixelRatio: 1 } }), async () => undefined);
    await pool.use(
      settings({ size: { width: 1280, height: 720, pixelRatio: 1 }, theme: 'print' }),
      async () => 0,
    );
    await pool.use(settings({ theme: 'print', scenario: {} as Scenario }), async () => undefined);
    expect(built).toHaveLength(4);
    expect(built.slice(0, 3).map((r) => r.log.at(-1))).toEqual(['destroy', 'destroy', 'destroy']);
    expect(built[3]!.log.at(-1)).toBe('end');
  });

  it('builds a new map when the relief is switched or another basemap is opened, not otherwise', async () => {
    const { pool, built } = setup();
    const file = (key: string) => ({ key }) as unknown as UserBasemap;
    await pool.use(settings(), async () => undefined);
    // Relief on is the default: saying so is the same build.
    await pool.use(settings({ relief: true }), async () => undefined);
    expect(built).toHaveLength(1);
    await pool.use(settings({ relief: false }), async () => undefined);
    await pool.use(settings({ relief: false, basemap: file('local-1-a.pmtiles') }), async () => undefined);
    await pool.use(settings({ relief: false, basemap: file('local-1-a.pmtiles') }), async () => undefined);
    await pool.use(settings({ relief: false, basemap: file('local-2-b.pmtiles') }), async () => undefined);
    expect(built).toHaveLength(4);
  });

  it('runs jobs one after another, never two at once', async () => {
    const { pool } = setup();
    const events: string[] = [];
    const job = (name: string, ms: number) => async () => {
      events.push(`${name} start`);
      await new Promise((r) => setTimeout(r, ms));
      events.push(`${name} end`);
      return name;
    };
    // b is the shorter: run at once, it would end first.
    const results = await settled(
      Promise.all([pool.use(settings(), job('a', 20)), pool.use(settings(), job('b', 1))]),
    );
    expect(results).toEqual(['a', 'b']);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('keeps the map after a cancel, replaces it after a failure, and ends the job either way', async () => {
    const { pool, built } = setup();
    await expect(
      pool.use(settings(), async () => {
        throw new ExportCancelled();
      }),
    ).rejects.toThrow('cancelled');
    expect(pool.holds(settings())).toBe(true);
    await expect(
      pool.use(settings(), async () => {
        throw new Error('context lost');
      }),
    ).rejects.toThrow('context lost');
    expect(pool.holds(settings())).toBe(false);
    await pool.use(settings(), async () => undefined);
    expect(built).toHaveLength(2);
    expect(built[0]!.log).toEqual(['begin 8', 'end', 'begin 8', 'end', 'destroy']);
  });

  it('forgets a map that failed to build, and release frees the kept one after queued jobs', async () => {
    let fail = true;
    const made: FakeRenderer[] = [];
    const pool = new RendererPool(async () => {
      if (fail) throw new Error('no WebGL');
      const r = new FakeRenderer(made.length);
      made.push(r);
      return r;
    });
    await expect(pool.use(settings(), async () => 1)).rejects.toThrow('no WebGL');
    expect(pool.holds(settings())).toBe(false);
    fail = false;
    const running = pool.use(settings(), () => new Promise((r) => setTimeout(() => r('done'), 10)));
    const released = pool.release();
    expect(await settled(running)).toBe('done');
    await settled(released);
    await Promise.resolve();
    expect(made[0]!.log).toEqual(['begin 8', 'end', 'destroy']);
    expect(pool.holds(settings())).toBe(false);
  });
});
