export interface AtlasCell {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The symbol's own anchor (the frame's centre, not the box's: echelon marks sit above the frame). */
  anchorX: number;
  anchorY: number;
}

const GAP = 2;
const ROW_WIDTH = 1024;

/** Shelf packing in key order: the same symbols always land in the same cells. */
export function layoutAtlas(
  sizes: readonly { key: string; width: number; height: number; anchorX: number; anchorY: number }[],
): { mapping: Record<string, AtlasCell>; width: number; height: number } {
  const mapping: Record<string, AtlasCell> = {};
  let x = 0;
  let y = 0;
  let shelf = 0;
  let width = 1;
  for (const s of sizes) {
    const w = Math.ceil(s.width);
    const h = Math.ceil(s.height);
    if (x > 0 && x + w > ROW_WIDTH) {
      y += shelf + GAP;
      x = 0;
      shelf = 0;
    }
    mapping[s.key] = { x, y, width: w, height: h, anchorX: s.anchorX, anchorY: s.anchorY };
    x += w + GAP;
    shelf = Math.max(shelf, h);
    width = Math.max(width, x);
  }
  return { mapping, width, height: Math.max(1, y + shelf) };
}
