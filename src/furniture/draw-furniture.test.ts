import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawFurniture as drawPlanned } from './draw-furniture';
import { planFurniture } from './furniture-layout';
import { approxMeasure } from './text';
import { SAMPLE_LEGEND, sampleInput } from '../../tests/support/furniture-fixture';
import type { FurnitureInput } from './furniture-input';
import { northRotation } from './north-arrow';
import { recordingContext } from '../../tests/support/recording-context';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Swatch geometry is drawn inside a clip set up by each swatch: count the chips (one rounded rect each). */
const swatchChips = (calls: ReturnType<typeof recordingContext>['calls'], ground: string) =>
  calls.filter(
    (c, i) =>
      c.op === 'set' && c.name === 'fillStyle' && c.args[0] === ground && calls[i + 2]?.name === 'clip',
  ).length;

afterEach(() => vi.unstubAllGlobals());

/** Lays the input out (as the scene does, once per frame) and draws that plan. */
function drawFurniture(ctx: CanvasRenderingContext2D, input: FurnitureInput, pixelRatio = 1): void {
  drawPlanned(ctx, input, planFurniture(input, approxMeasure), pixelRatio);
}

describe('drawFurniture', () => {
  it('draws the title, the time and every legend label', () => {
    const rec = recordingContext();
    drawFurniture(rec.ctx, sampleInput(1920, 1080));
    const text = rec.texts().join(' ');
    expect(text).toContain('Battle of Kidal');
    expect(text.replace(/ /g, '')).toContain('13November2023,14:00GMT');
    expect(text).toContain('Legend');
    expect(text).toContain('Strike now');
    expect(text).toContain('FAMa–Wagner');
    expect(text).toContain('N');
    expect(text).toContain('MALI');
    expect(text).toContain('100 km');
  });

  it('draws one swatch per legend entry and nothing for entries not passed in', () => {
    for (const n of [0, 1, 8]) {
      const rec = recordingContext();
      drawFurniture(rec.ctx, sampleInput(1280, 720, { legend: SAMPLE_LEGEND.slice(0, n) }));
      expect(swatchChips(rec.calls, '#34373b')).toBe(n);
    }
  });

  it('sets the pixel-ratio transform first and leaves the context as it found it', () => {
    const rec = recordingContext();
    drawFurniture(rec.ctx, sampleInput(1280, 720), 2);
    const ops = rec.calls.filter((c) => c.op === 'call').map((c) => c.name);
    expect(ops[0]).toBe('save');
    expect(rec.calls.find((c) => c.name === 'setTransform')?.args).toEqual([2, 0, 0, 2, 0, 0]);
    const depth = ops.reduce((d, op) => d + (op === 'save' ? 1 : op === 'restore' ? -1 : 0), 0);
    expect(depth).toBe(0);
    expect(ops[ops.length - 1]).toBe('restore');
  });

  it('reads nothing but its input: no clock, randomness, DOM or canvas size, and is repeatable', () => {
    const input = deepFreeze(sampleInput(1920, 1080, { theme: 'print', lang: 'fr' })) as FurnitureInput;
    const plan = deepFreeze(planFurniture(input, approxMeasure));
    const trap = () => {
      throw new Error('furniture read a global');
    };
    vi.stubGlobal('document', new Proxy({}, { get: trap }));
    vi.stubGlobal('window', new Proxy({}, { get: trap }));
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    const a = recordingContext();
    const b = recordingContext();
    drawPlanned(a.ctx, input, plan, 1);
    drawPlanned(b.ctx, input, plan, 1);
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
    expect(a.calls.some((c) => c.name === 'canvas')).toBe(false);
    // Reads of the context's own state are of what it set itself.
    expect(a.calls.filter((c) => c.op === 'get').map((c) => c.name)).toEqual([]);
    expect(JSON.stringify(a.calls)).toBe(JSON.stringify(b.calls));
    expect(a.texts()).toContain('Légende');
    expect(a.texts()).toContain('ALGÉRIE');
  });

  it('draws only what is shown', () => {
    const rec = recordingContext();
    drawFurniture(
      rec.ctx,
      sampleInput(1280, 720, {
        show: {
          title: false,
          legend: false,
          note: false,
          inset: false,
          scale: false,
          north: false,
          attribution: false,
        },
      }),
    );
    expect(rec.calls.filter((c) => c.op === 'call').map((c) => c.name)).toEqual([
      'save',
      'setTransform',
      'restore',
    ]);
  });
});

describe('northRotation', () => {
  it('turns the arrow against the map bearing, by the short way round', () => {
    expect(northRotation(0)).toBeCloseTo(0);
    expect(northRotation(90)).toBeCloseTo(-Math.PI / 2);
    expect(northRotation(-45)).toBeCloseTo(Math.PI / 4);
    expect(northRotation(270)).toBeCloseTo(Math.PI / 2);
  });
});
