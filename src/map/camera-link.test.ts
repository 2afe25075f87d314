import { describe, expect, it } from 'vitest';
import type { Camera } from '../model/camera';
import { sameCamera, tellView, viewMoved, type CameraView } from './camera-link';

const at = (zoom: number, lon = 1.4): Camera => ({ center: [lon, 18.4], zoom, bearing: 0, pitch: 0 });

/** The state's camera, counting its writes. */
function counted(camera: Camera) {
  let value = camera;
  const state = {
    writes: 0,
    get camera() {
      return value;
    },
    set camera(c: Camera) {
      state.writes++;
      value = c;
    },
  };
  return state;
}

/**
 * A map like MapLibre's: jumpTo fires `move` synchronously, and the camera is kept within its bounds (zoom at
 * most `maxZoom`). `move` is wired to write back into the state, as MapCanvas does. A runaway echo is stopped
 * (and shows) at 50 moves.
 */
function fakeMap(start: Camera, state: { camera: Camera }, maxZoom = 22) {
  let camera = start;
  const map = {
    jumps: 0,
    moves: 0,
    get view() {
      return camera;
    },
    jumpTo(c: Camera) {
      map.jumps++;
      camera = { ...c, zoom: Math.min(c.zoom, maxZoom) };
      map.move();
    },
    /** A hand on the map: it moves, then tells. */
    drag(c: Camera) {
      camera = c;
      map.move();
    },
    move() {
      if (++map.moves > 50) throw new Error('echo loop');
      viewMoved(state, map);
      // The state changed: the map is told it again (the effect in MapCanvas), as often as it changes.
      tellView(map, state.camera);
    },
  };
  return map satisfies CameraView;
}

describe('the camera owned by the state, the map told it', () => {
  it('a gesture writes the state once, and the map is not told it back', () => {
    const state = counted(at(8));
    const map = fakeMap(at(8), state);
    map.drag(at(9, 1.5));
    expect(state.writes).toBe(1);
    expect(state.camera).toEqual(at(9, 1.5));
    expect(map.jumps).toBe(0);
    // A move that changes nothing (a repaint, a resize keeping the centre) writes nothing.
    map.move();
    expect(state.writes).toBe(1);
  });

  it('a camera written into the state moves the map once and comes back without a write', () => {
    const state = counted(at(8));
    const map = fakeMap(at(8), state);
    state.camera = at(10);
    state.writes = 0;
    expect(tellView(map, state.camera)).toBe(true);
    expect(map.jumps).toBe(1);
    expect(map.moves).toBe(1);
    expect(state.writes).toBe(0);
    // Told again what it shows: nothing moves.
    expect(tellView(map, state.camera)).toBe(false);
    expect(map.jumps).toBe(1);
  });

  it('a camera the map keeps within bounds is written back once, as the map has it, and settles', () => {
    const state = counted(at(8));
    const map = fakeMap(at(8), state, 12);
    state.camera = at(14);
    state.writes = 0;
    tellView(map, state.camera);
    expect(state.camera.zoom).toBe(12);
    expect(state.writes).toBe(1);
    expect(map.jumps).toBe(1);
  });

  it('compares every part of the camera', () => {
    const a = at(8);
    expect(sameCamera(a, { ...a, center: [...a.center] })).toBe(true);
    expect(sameCamera(a, { ...a, bearing: 1 })).toBe(false);
    expect(sameCamera(a, { ...a, pitch: 1 })).toBe(false);
    expect(sameCamera(a, { ...a, center: [a.center[0], 0] })).toBe(false);
    expect(sameCamera(a, { ...a, center: [0, a.center[1]] })).toBe(false);
    expect(sameCamera(a, { ...a, zoom: 9 })).toBe(false);
    // What a round trip through radians adds is no move.
    expect(
      sameCamera({ ...a, bearing: 30 }, { ...a, bearing: ((30 * Math.PI) / 180) * (180 / Math.PI) + 1e-12 }),
    ).toBe(true);
  });
});
