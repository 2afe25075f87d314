import type { MapLabel } from '../cartography/map-labels';
import { boxFor } from '../cartography/place-labels';
import { pointOf } from '../cartography/point-of';
import { pulsePhase } from '../cartography/symbology';
import type { Frame } from '../frame/frame-at';
import type { Rect } from '../furniture/furniture-input';
import type { Viewport } from '../map/viewport';
import type { LonLat } from '../model/geo';

/** Room kept around a moving head (its arrowhead and casing), a strike's pulse and an event marker, px. */
const HEAD_PX = 30;
const PULSE_PX = 46;
const MARKER_PX = 16;

/**
 * The screen box of the action at t: heads still moving, strikes pulsing, clashes and events inside their
 * window, and the labels those carry (where each goes when it has room). Clipped to the frame; null when
 * nothing is happening, or nothing of it is in view. `clipped` false keeps what lies beyond the frame's edges:
 * a framing must see the heads it would leave off screen to bring them back.
 */
export function focusBox(
  frame: Frame,
  viewport: Viewport,
  labels: readonly MapLabel[],
  clipped = true,
): Rect | null {
  const boxes: Rect[] = [];
  const around = (p: LonLat, r: number) => {
    const [x, y] = viewport.project(p);
    boxes.push({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });
  };
  const active = new Set<string>();
  for (const m of frame.movements) {
    if (m.status !== 'moving') continue;
    active.add(m.feature.id);
    around(m.head, HEAD_PX);
  }
  for (const e of frame.events) {
    const g = e.feature.geometry;
    const pulsing = e.feature.kind === 'strike' && pulsePhase(e, frame.t) !== null;
    if (!e.inWindow && !pulsing) continue;
    active.add(e.feature.id);
    if (g.type === 'Point') around(pointOf(e), pulsing ? PULSE_PX : MARKER_PX);
    else if (g.type === 'Polygon') {
      const pts = (g.coordinates[0] ?? []).map((c) => viewport.project([c[0]!, c[1]!]));
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      boxes.push({ x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y });
    }
  }
  for (const label of labels) {
    if (!active.has(label.id)) continue;
    const [x, y] = viewport.project(label.position);
    // Where the label goes when it has room: its preferred side of the anchor.
    const b = boxFor(
      { x, y, lines: label.lines, size: label.size, clearance: label.clearance },
      label.prefer,
    );
    boxes.push({ x: b.x0, y: b.y0, w: b.x1 - b.x0, h: b.y1 - b.y0 });
  }
  return clipped ? clip(union(boxes), viewport.width, viewport.height) : union(boxes);
}

export function union(boxes: readonly (Rect | null)[]): Rect | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    if (!b) continue;
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
}

export function clip(box: Rect | null, width: number, height: number): Rect | null {
  if (!box) return null;
  const x0 = Math.max(0, box.x);
  const y0 = Math.max(0, box.y);
  const x1 = Math.min(width, box.x + box.w);
  const y1 = Math.min(height, box.y + box.h);
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
}
