import { describe, expect, it } from 'vitest';
import {
  beginStroke,
  chapterChanged,
  eraseAt,
  extendStroke,
  initialInk,
  inkKey,
  laserTrail,
  LASER_TRAIL_MS,
  type InkState,
} from './strokes';
import { drawLaser, drawStrokes } from './draw-ink';
import { recordingContext } from '../../tests/support/recording-context';

function drawLine(state: InkState, from: [number, number], to: [number, number]): InkState {
  let s = beginStroke(state, from);
  for (let i = 1; i <= 10; i++)
    s = extendStroke(s, [from[0] + ((to[0] - from[0]) * i) / 10, from[1] + ((to[1] - from[1]) * i) / 10]);
  return s;
}

describe('presenter ink', () => {
  it('switches tools with P, L and E (again to switch off), and clears with C', () => {
    let s = initialInk();
    s = inkKey(s, 'p')!;
    expect(s.tool).toBe('pen');
    expect(inkKey(s, 'P')!.tool).toBe('none');
    expect(inkKey(s, 'l')!.tool).toBe('laser');
    expect(inkKey(s, 'e')!.tool).toBe('eraser');
    s = drawLine(s, [0, 0], [100, 0]);
    expect(s.strokes).toHaveLength(1);
    expect(inkKey(s, 'c')!.strokes).toEqual([]);
    expect(inkKey(s, 'x')).toBeUndefined();
  });

  it('draws strokes in screen space, in the chosen colour, skipping jitter under 1.5 px', () => {
    let s = { ...initialInk(), color: '#ff3b30' };
    s = beginStroke(s, [10, 10]);
    s = extendStroke(s, [10.5, 10.5]);
    s = extendStroke(s, [40, 10]);
    expect(s.strokes[0]).toMatchObject({
      color: '#ff3b30',
      points: [
        [10, 10],
        [40, 10],
      ],
    });
    s = drawLine(s, [0, 50], [50, 50]);
    expect(s.strokes.map((k) => k.id)).toEqual([1, 2]);
  });

  it('clears on a chapter change unless the presenter keeps the ink', () => {
    const s = drawLine(initialInk(), [0, 0], [10, 10]);
    expect(chapterChanged(s).strokes).toEqual([]);
    expect(chapterChanged({ ...s, keep: true }).strokes).toHaveLength(1);
  });

  it('erases whole strokes the eraser touches, and only those', () => {
    let s = drawLine(initialInk(), [0, 0], [100, 0]);
    s = drawLine(s, [0, 100], [100, 100]);
    expect(eraseAt(s, [50, 200])).toBe(s);
    expect(eraseAt(s, [50, 12]).strokes.map((k) => k.id)).toEqual([2]);
  });

  it('fades the laser trail over its life on the wall clock', () => {
    const points = [
      { x: 0, y: 0, at: 1000 },
      { x: 5, y: 0, at: 1200 },
      { x: 10, y: 0, at: 1400 },
    ];
    const trail = laserTrail(points, 1400);
    expect(trail.map((p) => p.alpha)).toEqual([1 - 400 / LASER_TRAIL_MS, 1 - 200 / LASER_TRAIL_MS, 1]);
    expect(laserTrail(points, 1400 + LASER_TRAIL_MS)).toEqual([]);
  });

  it('draws casing then colour for each stroke at the device scale, and the laser as dots', () => {
    const s = drawLine(initialInk(), [10, 20], [30, 20]);
    const rec = recordingContext();
    drawStrokes(rec.ctx, s.strokes, 2);
    const moves = rec.calls.filter((c) => c.name === 'moveTo');
    expect(moves).toHaveLength(2);
    expect(moves[0]!.args).toEqual([20, 40]);
    const colours = rec.calls.filter((c) => c.op === 'set' && c.name === 'strokeStyle').map((c) => c.args[0]);
    expect(colours).toEqual(['rgba(0, 0, 0, 0.55)', '#f0e442']);
    const laser = recordingContext();
    drawLaser(
      laser.ctx,
      laserTrail(
        [
          { x: 1, y: 1, at: 0 },
          { x: 2, y: 2, at: 100 },
        ],
        100,
      ),
      1,
    );
    expect(laser.calls.filter((c) => c.name === 'arc')).toHaveLength(3);
  });
});
