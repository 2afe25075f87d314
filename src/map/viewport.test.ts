import { describe, expect, it } from 'vitest';
import { viewportOf } from './viewport';

const kidal: [number, number] = [1.40921, 18.44345];
const size = { width: 1280, height: 720 };

describe('viewportOf', () => {
  it('puts the camera centre in the middle of the frame, and the padded centre in the middle of the rest', () => {
    const camera = { center: kidal, zoom: 8, bearing: 0, pitch: 0 };
    expect(viewportOf(camera, size).project(kidal)).toEqual([640, 360]);
    const padded = viewportOf(camera, size, { top: 0, right: 400, bottom: 100, left: 0 });
    expect(padded.project(kidal)[0]).toBeCloseTo(440, 9);
    expect(padded.project(kidal)[1]).toBeCloseTo(310, 9);
  });

  it('scales by 512 px tiles: one degree of longitude at zoom z is 512·2^z / 360 px', () => {
    const v = viewportOf({ center: [0, 0], zoom: 3, bearing: 0, pitch: 0 }, size);
    const [x] = v.project([1, 0]);
    expect(x - 640).toBeCloseTo((512 * 8) / 360, 9);
    // North is up, and Mercator stretches latitudes: 1° north is a little more than 1° east at 18° N.
    const k = viewportOf({ center: kidal, zoom: 3, bearing: 0, pitch: 0 }, size);
    const [ex] = k.project([kidal[0] + 1, kidal[1]]);
    const [, ny] = k.project([kidal[0], kidal[1] + 1]);
    expect(ny).toBeLessThan(360);
    expect(360 - ny).toBeGreaterThan(ex - 640);
  });

  it('turns with the bearing: at 90° east is up', () => {
    const v = viewportOf({ center: kidal, zoom: 8, bearing: 90, pitch: 0 }, size);
    const [x, y] = v.project([kidal[0] + 0.1, kidal[1]]);
    expect(x).toBeCloseTo(640, 6);
    expect(y).toBeLessThan(360);
  });

  it('tilts with the pitch: the far half shrinks more than the near half', () => {
    const flat = viewportOf({ center: kidal, zoom: 8, bearing: 0, pitch: 0 }, size);
    const tilted = viewportOf({ center: kidal, zoom: 8, bearing: 0, pitch: 50 }, size);
    const north: [number, number] = [kidal[0], kidal[1] + 0.3];
    const south: [number, number] = [kidal[0], kidal[1] - 0.3];
    expect(360 - tilted.project(north)[1]).toBeLessThan(360 - flat.project(north)[1]);
    expect(tilted.project(south)[1] - 360).toBeGreaterThan(360 - tilted.project(north)[1]);
    expect(flat.project(south)[1] - 360).toBeCloseTo(360 - flat.project(north)[1], 0);
  });

  it('unprojects what it projects, with any bearing, pitch and padding', () => {
    for (const [bearing, pitch] of [
      [0, 0],
      [33, 0],
      [-120, 45],
      [170, 60],
    ] as const) {
      const v = viewportOf({ center: kidal, zoom: 7.3, bearing, pitch }, size, {
        top: 10,
        right: 120,
        bottom: 40,
        left: 0,
      });
      for (const p of [
        [1.1, 18.2],
        [1.6, 18.9],
        [1.40921, 18.44345],
      ] as [number, number][]) {
        const back = v.unproject(v.project(p));
        expect(back[0]).toBeCloseTo(p[0], 8);
        expect(back[1]).toBeCloseTo(p[1], 8);
      }
    }
  });

  it('bounds what the frame shows', () => {
    const v = viewportOf({ center: kidal, zoom: 8, bearing: 0, pitch: 0 }, size);
    const [[w, s], [e, n]] = v.bounds();
    expect(w).toBeLessThan(kidal[0]);
    expect(e).toBeGreaterThan(kidal[0]);
    expect(s).toBeLessThan(kidal[1]);
    expect(n).toBeGreaterThan(kidal[1]);
    // 1280 px at zoom 8 is 1280 / (512·256) of the world's 360°.
    expect(e - w).toBeCloseTo((1280 / (512 * 256)) * 360, 6);
  });
});
