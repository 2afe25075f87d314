/** A label to place on screen: its anchor in CSS pixels and its text box size. */
export interface LabelRequest {
  x: number;
  y: number;
  lines: string[];
  size: number;
  priority: number;
  /** Clearance around the anchor (the marker's radius), px. */
  clearance: number;
  /** Placement tried first. */
  prefer: Placement;
  /** Only the preferred placement will do (a label drawn elsewhere, whose place we reserve). */
  fixed?: boolean;
  /** Between labels of equal priority: the user's own `priority`, then (under a budget) size; higher first. */
  rank?: number;
  weight?: number;
  /** Counts against the budget (movement and event labels; places do not). */
  budgeted?: boolean;
}

/** Sides of the anchor a label can hang on: the four sides first, the four corners when those are taken. */
export type Placement =
  'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';

/** Corners are tried after the preferred side's four: a label off a corner still reads as its anchor's. */
const CORNERS: Placement[] = ['above-right', 'below-right', 'above-left', 'below-left'];

export interface PlacedLabel {
  placement: Placement;
  box: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

// Noto Sans Bold runs about 0.58 em a character on average; an estimate is enough to keep boxes apart.
const CHAR_EM = 0.58;
const LINE_EM = 1.15;
const ORDER: Record<Placement, Placement[]> = {
  right: ['right', 'left', 'above', 'below', ...CORNERS],
  left: ['left', 'right', 'above', 'below', ...CORNERS],
  above: ['above', 'below', 'right', 'left', ...CORNERS],
  below: ['below', 'above', 'right', 'left', ...CORNERS],
  'above-right': ['above-right', ...CORNERS],
  'below-right': ['below-right', ...CORNERS],
  'above-left': ['above-left', ...CORNERS],
  'below-left': ['below-left', ...CORNERS],
};

/** cos 45°: a corner label sits on the clearance circle's diagonal. */
const D = Math.SQRT1_2;

export function textBox(lines: string[], size: number): { width: number; height: number } {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  return { width: longest * size * CHAR_EM, height: lines.length * size * LINE_EM };
}

/** The box a label takes when hung on `placement` side of its anchor. */
export function boxFor(r: Omit<LabelRequest, 'priority' | 'prefer'>, placement: Placement): Box {
  const { width, height } = textBox(r.lines, r.size);
  const gap = r.clearance + 3;
  switch (placement) {
    case 'right':
      return { x0: r.x + gap, y0: r.y - height / 2, x1: r.x + gap + width, y1: r.y + height / 2 };
    case 'left':
      return { x0: r.x - gap - width, y0: r.y - height / 2, x1: r.x - gap, y1: r.y + height / 2 };
    case 'above':
      return { x0: r.x - width / 2, y0: r.y - gap - height, x1: r.x + width / 2, y1: r.y - gap };
    case 'below':
      return { x0: r.x - width / 2, y0: r.y + gap, x1: r.x + width / 2, y1: r.y + gap + height };
    // Corners: the text's near corner at the clearance circle's diagonal.
    case 'above-right':
      return { x0: r.x + gap * D, y0: r.y - gap * D - height, x1: r.x + gap * D + width, y1: r.y - gap * D };
    case 'below-right':
      return { x0: r.x + gap * D, y0: r.y + gap * D, x1: r.x + gap * D + width, y1: r.y + gap * D + height };
    case 'above-left':
      return { x0: r.x - gap * D - width, y0: r.y - gap * D - height, x1: r.x - gap * D, y1: r.y - gap * D };
    case 'below-left':
      return { x0: r.x - gap * D - width, y0: r.y + gap * D, x1: r.x - gap * D, y1: r.y + gap * D + height };
  }
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Boxes already taken, in a grid of `CELL` px cells, so a new box is tested only against its neighbours. */
const CELL = 64;
class BoxGrid {
  #cells = new Map<number, Box[]>();
  #keys(b: Box, each: (key: number) => void) {
    // Boxes far outside the frame (reserved names at its edge, large obstacles) are clamped to a few cells.
    const x0 = Math.max(-64, Math.floor(b.x0 / CELL));
    const x1 = Math.min(1024, Math.floor(b.x1 / CELL));
    const y0 = Math.max(-64, Math.floor(b.y0 / CELL));
    const y1 = Math.min(1024, Math.floor(b.y1 / CELL));
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) each(y * 4096 + x);
  }
  add(b: Box): void {
    this.#keys(b, (k) => {
      const list = this.#cells.get(k);
      if (list) list.push(b);
      else this.#cells.set(k, [b]);
    });
  }
  hits(b: Box): boolean {
    let hit = false;
    this.#keys(b, (k) => {
      if (!hit) hit = this.#cells.get(k)?.some((o) => overlaps(o, b)) ?? false;
    });
    return hit;
  }
}

/**
 * Greedy label placement in screen space, around any obstacles: highest priority first, each label takes the first of its
 * candidate positions that overlaps nothing already placed, or is left out. Deterministic for a given
 * camera and size, so frames stay reproducible.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  obstacles: readonly Box[] = [],
  budget = Infinity,
): (PlacedLabel | null)[] {
  const budgeted = budget < Infinity;
  const order = requests
    .map((r, i) => i)
    .sort((a, b) => {
      const ra = requests[a]!;
      const rb = requests[b]!;
      return (
        rb.priority - ra.priority ||
        (rb.rank ?? 0) - (ra.rank ?? 0) ||
        (budgeted ? (rb.weight ?? 0) - (ra.weight ?? 0) : 0) ||
        a - b
      );
    });
  // Obstacles are what is drawn over the map (legend, title…): a label under them could not be read.
  const taken = new BoxGrid();
  for (const o of obstacles) taken.add(o);
  const result: (PlacedLabel | null)[] = requests.map(() => null);
  let spent = 0;
  for (const i of order) {
    const r = requests[i]!;
    if (r.budgeted && spent >= budget) continue;
    // An anchor well outside the frame cannot hang a label inside it.
    if (!r.fixed && (r.x < -width || r.x > 2 * width || r.y < -height || r.y > 2 * height)) continue;
    for (const placement of r.fixed ? [r.prefer] : ORDER[r.prefer]) {
      const box = boxFor(r, placement);
      // A reserved label is drawn by the basemap wherever it fits the frame, so reserve it even at the edge.
      const inside = r.fixed || (box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height);
      if (inside && !taken.hits(box)) {
        taken.add(box);
        result[i] = { placement, box };
        if (r.budgeted) spent++;
        break;
      }
    }
  }
  return result;
}
