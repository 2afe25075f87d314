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
): (PlacedLabel | null)[] {
  const order = requests
    .map((r, i) => i)
    .sort((a, b) => requests[b]!.priority - requests[a]!.priority || a - b);
  // Obstacles are what is drawn over the map (legend, title…): a label under them could not be read.
  const taken: Box[] = [...obstacles];
  const result: (PlacedLabel | null)[] = requests.map(() => null);
  for (const i of order) {
    const r = requests[i]!;
    for (const placement of r.fixed ? [r.prefer] : ORDER[r.prefer]) {
      const box = boxFor(r, placement);
      // A reserved label is drawn by the basemap wherever it fits the frame, so reserve it even at the edge.
      const inside = r.fixed || (box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height);
      if (inside && !taken.some((b) => overlaps(b, box))) {
        taken.push(box);
        result[i] = { placement, box };
        break;
      }
    }
  }
  return result;
}
