import { describe, expect, it } from 'vitest';
import { fitCamera, roomFor } from './camera-fit';
import { viewportOf } from '../map/viewport';
import type { Camera } from '../model/camera';

const size = { width: 1000, height: 600 };
const camera: Camera = { center: [1.4, 18.4], zoom: 9, bearing: 0, pitch: 0 };
const legend = { x: 20, y: 300, w: 300, h: 280 };

/** Where a geographic box seen at `before` lands under `after`, in px. */
function moved(box: { x: number; y: number; w: number; h: number }, before: Camera, after: Camera) {
  const a = viewportOf(before, size);
  const b = viewportOf(after, size);
  const [x0, y0] = b.project(a.unproject([box.x, box.y]));
  const [x1, y1] = b.project(a.unproject([box.x + box.w, box.y + box.h]));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('fitCamera', () => {
  it('leaves a camera whose action is clear of the furniture as it is', () => {
    expect(fitCamera(camera, size, { x: 500, y: 100, w: 200, h: 200 }, [legend], 8)).toBe(camera);
    expect(fitCamera(camera, size, null, [legend], 8)).toBe(camera);
  });

  it('moves the map by the least that clears the action, without zooming when there is room', () => {
    const action = { x: 200, y: 350, w: 200, h: 150 };
    const fitted = fitCamera(camera, size, action, [legend], 8);
    expect(fitted.zoom).toBe(camera.zoom);
    const after = moved(action, camera, fitted);
    expect(overlaps(after, legend)).toBe(false);
    // Right of the legend: a shift of about the overlap, not a recentring.
    expect(after.x - action.x).toBeGreaterThan(0);
    expect(after.x - action.x).toBeLessThan(200);
    expect(Math.abs(after.y - action.y)).toBeLessThan(1);
  });

  it('brings back action beyond the frame, clear of the furniture, though nothing covers it', () => {
    // Heads running off the top edge (a retreat north): the map moves down to show them.
    const action = { x: 500, y: -200, w: 150, h: 400 };
    const fitted = fitCamera(camera, size, action, [legend], 8);
    expect(fitted).not.toBe(camera);
    const after = moved(action, camera, fitted);
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y + after.h).toBeLessThanOrEqual(size.height);
    expect(overlaps(after, legend)).toBe(false);
  });

  it('zooms out when the action is larger than any free room, and no further than asked', () => {
    const action = { x: 0, y: 0, w: 1000, h: 600 };
    const fitted = fitCamera(camera, size, action, [legend], 8);
    expect(fitted.zoom).toBeLessThan(camera.zoom);
    expect(overlaps(moved(action, camera, fitted), legend)).toBe(false);
    const capped = fitCamera(camera, size, action, [legend], 8, camera.zoom - 0.25);
    expect(capped.zoom).toBeCloseTo(camera.zoom - 0.25, 9);
  });
});

describe('roomFor', () => {
  it('prefers a room the action fits in whole over one holding more of it', () => {
    const title = { x: 0, y: 0, w: 700, h: 120 };
    const room = roomFor({ x: 100, y: 80, w: 250, h: 200 }, size, [title, legend], 8, 10)!;
    expect(room.w).toBeGreaterThanOrEqual(270);
    expect(room.h).toBeGreaterThanOrEqual(220);
    expect(overlaps(room, title) || overlaps(room, legend)).toBe(false);
  });
});
