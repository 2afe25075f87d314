import type { Rect } from './furniture-input';

/** The corner or edge a piece belongs at, by map convention; it goes elsewhere only when it must. */
export type Anchor =
  'top-left' | 'top-right' | 'bottom-left' | 'bottom-right' | 'bottom-center' | 'top-center';

export interface Placed {
  kind: string;
  rect: Rect;
}

export interface FrameSpec {
  W: number;
  H: number;
  /** Kept free along the frame's edges. */
  margin: number;
  /** Kept free between two pieces. */
  gap: number;
  /** What the pieces should keep off: the action on the map. */
  avoid: Rect | null;
}

/** Covering up to this share of the action counts as clear: a corner grazing its box hides nothing. */
export const CLEAR_SHARE = 0.02;

const EPS = 0.01;

export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const touches = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.w + gap - EPS &&
  b.x < a.x + a.w + gap - EPS &&
  a.y < b.y + b.h + gap - EPS &&
  b.y < a.y + a.h + gap - EPS;

/** The point of a box (or of the frame) an anchor names: its top-left corner, its bottom middle… */
function anchorPoint(anchor: Anchor, x: number, y: number, w: number, h: number): [number, number] {
  const right = anchor.endsWith('right');
  const centre = anchor.endsWith('center');
  const bottom = anchor.startsWith('bottom');
  return [centre ? x + w / 2 : right ? x + w : x, bottom ? y + h : y];
}

/**
 * The spot a box of `size` takes to stand where `was` stood: pinned by the corner (or edge middle) of `was`
 * nearest the frame's, so a legend that grew still sits in the same corner.
 */
export function pinnedSpot(size: { w: number; h: number }, was: Rect, W: number, H: number) {
  const side = (lo: number, len: number, whole: number, own: number) => {
    const before = lo;
    const after = whole - lo - len;
    if (Math.abs(before - after) < whole * 0.05) return lo + (len - own) / 2;
    return before < after ? lo : lo + len - own;
  };
  return { x: side(was.x, was.w, W, size.w), y: side(was.y, was.h, H, size.h) };
}

/** Which quarter of the frame a point lies in (0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right). */
const quarter = (x: number, y: number, W: number, H: number) => (x < W / 2 ? 0 : 1) + (y < H / 2 ? 0 : 2);

/**
 * Where a box of `size` could go: the frame's corners and edge middles, and every position flush with or
 * next to a piece already placed. Free and inside the frame only; nearest to the anchor first — after the
 * spots in the quarter of the frame where the piece stood before (`was`), nearest to where it stood first.
 */
export function candidateSpots(
  size: { w: number; h: number },
  anchor: Anchor,
  placed: readonly Placed[],
  frame: FrameSpec,
  was?: Rect,
): { x: number; y: number }[] {
  const { W, H, margin: m, gap } = frame;
  const { w, h } = size;
  const pin = was && pinnedSpot(size, was, W, H);
  const xs = new Set([m, W - m - w, (W - w) / 2, ...(pin ? [pin.x] : [])]);
  const ys = new Set([m, H - m - h, (H - h) / 2, ...(pin ? [pin.y] : [])]);
  for (const { rect: p } of placed) {
    for (const x of [p.x, p.x + p.w - w, p.x + p.w + gap, p.x - gap - w]) xs.add(x);
    for (const y of [p.y, p.y + p.h - h, p.y + p.h + gap, p.y - gap - h]) ys.add(y);
  }
  const [ax, ay] = anchorPoint(anchor, m, m, W - 2 * m, H - 2 * m);
  const spots: { x: number; y: number; d: number }[] = [];
  for (const x of xs) {
    if (x < m - EPS || x + w > W - m + EPS) continue;
    for (const y of ys) {
      if (y < m - EPS || y + h > H - m + EPS) continue;
      const box = { x, y, w, h };
      if (placed.some((p) => touches(box, p.rect, gap))) continue;
      const [px, py] = anchorPoint(anchor, x, y, w, h);
      // Where it stood, or else nearest to there in the same quarter of the frame: its corner, held.
      const held =
        pin &&
        was &&
        quarter(x + w / 2, y + h / 2, W, H) === quarter(was.x + was.w / 2, was.y + was.h / 2, W, H);
      const d = held ? Math.hypot(x - pin.x, y - pin.y) - W - H : Math.hypot(px - ax, py - ay);
      spots.push({ x, y, d });
    }
  }
  // Stable and deterministic: nearest first, then top-left first.
  return spots.sort((a, b) => a.d - b.d || a.y - b.y || a.x - b.x).map(({ x, y }) => ({ x, y }));
}

/**
 * The best spot over a piece's forms (largest first), by what matters most: room within the frame's budget
 * (`budget`: how much more of the frame furniture may cover), clear of the action, then the larger form.
 * A piece worth dropping rather than laying over the action or over the budget (`optional`) gets a spot only
 * when it is within both; a required piece always gets one if any form fits the frame at all.
 */
export function placeBest(
  sizes: readonly { w: number; h: number }[],
  spotsFor: (size: { w: number; h: number }) => { x: number; y: number }[],
  frame: FrameSpec,
  budget: number,
  optional: boolean,
): { variant: number; x: number; y: number } | null {
  const avoid = frame.avoid && frame.avoid.w > 0 && frame.avoid.h > 0 ? frame.avoid : null;
  const area = avoid ? avoid.w * avoid.h : 1;
  // Best per rank: 0 within budget and clear, 1 within budget, 2 clear, 3 anywhere.
  const best: ({ variant: number; x: number; y: number; share: number } | null)[] = [null, null, null, null];
  for (let variant = 0; variant < sizes.length; variant++) {
    const size = sizes[variant]!;
    const within = size.w * size.h <= budget;
    for (const spot of spotsFor(size)) {
      const share = avoid ? overlapArea({ ...spot, ...size }, avoid) / area : 0;
      const clear = optional ? share === 0 : share <= CLEAR_SHARE;
      const rank = (within ? 0 : 2) + (clear ? 0 : 1);
      if (rank === 0) return { variant, ...spot };
      const held = best[rank];
      // Within budget the largest form wins; over it, the smallest (each at the spot covering least).
      const better = !held
        ? true
        : held.variant === variant
          ? share < held.share - 1e-9
          : within
            ? false
            : size.w * size.h < sizes[held.variant]!.w * sizes[held.variant]!.h;
      if (better) best[rank] = { variant, ...spot, share };
    }
  }
  const pick = optional ? null : (best[1] ?? best[2] ?? best[3]);
  return pick ? { variant: pick.variant, x: pick.x, y: pick.y } : null;
}
