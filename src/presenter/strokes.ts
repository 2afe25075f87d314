/** A point on the presenter's screen, CSS px from the map's top-left corner. */
export type ScreenPoint = [number, number];

export type InkTool = 'none' | 'pen' | 'laser' | 'eraser';

/** A freehand line drawn over the map. Screen space: it stays where it was drawn whatever the map does. */
export interface Stroke {
  id: number;
  color: string;
  width: number;
  points: ScreenPoint[];
}

/** The presenter's ink. Never part of the scenario: nothing here is saved with it. */
export interface InkState {
  tool: InkTool;
  color: string;
  strokes: Stroke[];
  /** Keep strokes when the chapter changes (off: a new chapter starts on a clean map). */
  keep: boolean;
  nextId: number;
}

/** Colours that read on both themes' maps and on a projector: yellow, red, cyan, white. */
export const INK_COLOURS = ['#f0e442', '#ff3b30', '#56b4e9', '#ffffff'] as const;
export const PEN_WIDTH = 5;
/** How close (CSS px) the eraser must come to a stroke to remove it. */
export const ERASER_RADIUS = 14;

export function initialInk(): InkState {
  return { tool: 'none', color: INK_COLOURS[0], strokes: [], keep: false, nextId: 1 };
}

/** P, L and E switch their tool on (or off again), C clears; anything else leaves the ink as it is. */
export function inkKey(state: InkState, key: string): InkState | undefined {
  const toggle = (tool: InkTool): InkState => ({ ...state, tool: state.tool === tool ? 'none' : tool });
  switch (key.toLowerCase()) {
    case 'p':
      return toggle('pen');
    case 'l':
      return toggle('laser');
    case 'e':
      return toggle('eraser');
    case 'c':
      return clearInk(state);
    default:
      return undefined;
  }
}

export function clearInk(state: InkState): InkState {
  return { ...state, strokes: [] };
}

/** A new chapter clears the ink unless the presenter chose to keep it. */
export function chapterChanged(state: InkState): InkState {
  return state.keep ? state : clearInk(state);
}

export function beginStroke(state: InkState, p: ScreenPoint): InkState {
  const stroke: Stroke = { id: state.nextId, color: state.color, width: PEN_WIDTH, points: [p] };
  return { ...state, strokes: [...state.strokes, stroke], nextId: state.nextId + 1 };
}

/** Adds a point to the stroke being drawn (the last one); points closer than 1.5 px add nothing. */
export function extendStroke(state: InkState, p: ScreenPoint): InkState {
  const last = state.strokes.at(-1);
  if (!last) return state;
  const prev = last.points.at(-1)!;
  if (Math.hypot(p[0] - prev[0], p[1] - prev[1]) < 1.5) return state;
  return { ...state, strokes: [...state.strokes.slice(0, -1), { ...last, points: [...last.points, p] }] };
}

function distanceToSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const u = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - (a[0] + u * dx), p[1] - (a[1] + u * dy));
}

/** Removes every stroke that passes within the eraser's radius of p (whole strokes, as a board eraser would). */
export function eraseAt(state: InkState, p: ScreenPoint, radius = ERASER_RADIUS): InkState {
  const hit = (s: Stroke) =>
    s.points.some((q, i) => distanceToSegment(p, s.points[Math.max(0, i - 1)]!, q) <= radius + s.width / 2);
  const strokes = state.strokes.filter((s) => !hit(s));
  return strokes.length === state.strokes.length ? state : { ...state, strokes };
}

/** A point of the laser's trail, stamped with the wall clock (ms): the trail fades in real time. */
export interface LaserPoint {
  x: number;
  y: number;
  at: number;
}

/** How long the laser's trail lingers, ms. */
export const LASER_TRAIL_MS = 450;

/**
 * The trail as it should look at `now`: points younger than the trail's life, each with an alpha that
 * falls from 1 (the dot) to 0. The laser is presenter ink over the map, not the map: it may use the clock.
 */
export function laserTrail(points: readonly LaserPoint[], now: number): (LaserPoint & { alpha: number })[] {
  return points
    .filter((p) => now - p.at < LASER_TRAIL_MS && p.at <= now)
    .map((p) => ({ ...p, alpha: 1 - (now - p.at) / LASER_TRAIL_MS }));
}
