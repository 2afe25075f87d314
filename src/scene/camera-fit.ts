import type { Rect } from '../furniture/furniture-input';
import { viewportOf, type Size } from '../map/viewport';
import type { Camera } from '../model/camera';

/** Kept between the action and the furniture (or the frame's edge), px. */
const FIT_PAD = 10;

const overlapArea = (a: Rect, b: Rect) => {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

/**
 * The free rectangle of a frame around its furniture where `focus` fits best: the one that needs the least
 * zooming out to hold it (none, if one is large enough), then the one that already holds most of it, then the
 * largest. Every rectangle bounded by the frame's and the pieces' edges that no piece touches is a candidate;
 * a frame holds a handful of pieces, so trying every edge pair is cheap.
 */
export function roomFor(
  focus: Rect,
  size: Size,
  taken: readonly Rect[],
  gap: number,
  pad: number,
): Rect | null {
  const { width: W, height: H } = size;
  const grown = taken.map((r) => ({ x: r.x - gap, y: r.y - gap, w: r.w + 2 * gap, h: r.h + 2 * gap }));
  const edges = (lo: number, hi: number, of: (r: Rect) => number[]) =>
    [...new Set([lo, hi, ...grown.flatMap(of)])].filter((v) => v >= lo && v <= hi).sort((a, b) => a - b);
  const xs = edges(0, W, (r) => [r.x, r.x + r.w]);
  const ys = edges(0, H, (r) => [r.y, r.y + r.h]);
  let best: Rect | null = null;
  let key: [number, number, number] = [-1, -1, -1];
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++)
      for (let k = 0; k < ys.length; k++)
        for (let l = ys.length - 1; l > k; l--) {
          const r = { x: xs[i]!, y: ys[k]!, w: xs[j]! - xs[i]!, h: ys[l]! - ys[k]! };
          if (grown.some((g) => overlapArea(g, r) > 0)) continue;
          // The tallest free rectangle from this top edge: shorter ones add nothing.
          const fits = Math.min(1, (r.w - 2 * pad) / focus.w, (r.h - 2 * pad) / focus.h);
          const next: [number, number, number] = [fits, overlapArea(r, focus), r.w * r.h];
          if (
            next[0] > key[0] ||
            (next[0] === key[0] && (next[1] > key[1] || (next[1] === key[1] && next[2] > key[2])))
          ) {
            best = r;
            key = next;
          }
          break;
        }
  return best;
}

/**
 * The camera that keeps `focus` (the action's box under `camera`) clear of the furniture and inside the frame:
 * unchanged when it already is; otherwise moved by the least that brings it into the free rectangle it fits
 * best (roomFor), and zoomed out only when it is larger than that rectangle (MapLibre's `padding`, worked out as a camera so the
 * map's own state never carries it).
 */
export function fitCamera(
  camera: Camera,
  size: Size,
  focus: Rect | null,
  taken: readonly Rect[],
  gap: number,
  minZoom = camera.zoom - 2,
): Camera {
  if (!focus) return camera;
  const covered = taken.some((r) => overlapArea(r, focus) > 0);
  const outside =
    focus.x < 0 || focus.y < 0 || focus.x + focus.w > size.width || focus.y + focus.h > size.height;
  if (!covered && !outside) return camera;
  const room = roomFor(focus, size, taken, gap, FIT_PAD);
  if (!room) return camera;
  const inner = {
    x: room.x + FIT_PAD,
    y: room.y + FIT_PAD,
    w: Math.max(1, room.w - 2 * FIT_PAD),
    h: Math.max(1, room.h - 2 * FIT_PAD),
  };
  // Never further out than minZoom: past it the framing would no longer be the author's.
  const scale = Math.max(2 ** (minZoom - camera.zoom), Math.min(1, inner.w / focus.w, inner.h / focus.h));
  // Zooming out about the frame's centre scales every screen offset from it.
  const cx = size.width / 2;
  const cy = size.height / 2;
  const fx = cx + (focus.x - cx) * scale;
  const fy = cy + (focus.y - cy) * scale;
  const fw = focus.w * scale;
  const fh = focus.h * scale;
  const shift = (from: number, len: number, lo: number, room: number) =>
    len > room
      ? lo + (room - len) / 2 - from
      : from < lo
        ? lo - from
        : from + len > lo + room
          ? lo + room - len - from
          : 0;
  const dx = shift(fx, fw, inner.x, inner.w);
  const dy = shift(fy, fh, inner.y, inner.h);
  const zoomed = { ...camera, zoom: camera.zoom + Math.log2(scale) };
  // The map moves by (dx, dy) on screen: its new centre is what used to sit that far the other way.
  const center = viewportOf(zoomed, size).unproject([cx - dx, cy - dy]);
  return { ...zoomed, center };
}
