import type { Box } from '../cartography/place-labels';
import type { Viewport } from '../map/viewport';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import type { PlacedSymbol } from '../symbols/symbols-at';

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Turns tried from a symbol's usual direction, nearest first: a moved symbol stays on its side if it can. */
const TURNS = [0, 45, -45, 90, -90, 135, -135, 180].map((d) => (d * Math.PI) / 180);
/** Distances tried, in multiples of the usual one (or of the symbol's size, whichever is larger). */
const REACH = [1, 1.6, 2.3];

/** The box a symbol takes on screen, CSS px, with its centre `offset` from the anchor at (x, y). */
export function symbolBox(
  s: PlacedSymbol,
  offset: [number, number],
  at: [number, number],
  atlas: SymbolAtlas,
): Box {
  const cell = atlas.mapping[s.icon.key]!;
  const k = s.scale / atlas.scale;
  const x0 = at[0] + offset[0] - cell.anchorX * k;
  const y0 = at[1] + offset[1] - cell.anchorY * k;
  return { x0, y0, x1: x0 + cell.width * k, y1: y0 + cell.height * k };
}

/**
 * Keeps unit symbols from covering one another and the names the map must show (towns, `obstacles`): a symbol
 * whose usual spot is taken moves to the nearest free spot around its anchor, turning from its usual direction
 * and then reaching further, and gets a leader line back (`leaderTo`). Forces under way are placed first, then
 * finished ones, then installations; where nothing is free the symbol keeps its spot. Pure: a function of the
 * symbols, the viewport and the boxes to avoid.
 */
export function declutterSymbols(
  placed: readonly PlacedSymbol[],
  viewport: Viewport,
  atlas: SymbolAtlas,
  obstacles: readonly Box[],
): PlacedSymbol[] {
  const taken: Box[] = [...obstacles];
  const order = placed.map((s, i) => i).sort((a, b) => placed[b]!.scale - placed[a]!.scale || a - b);
  const out = [...placed];
  for (const i of order) {
    const s = placed[i]!;
    const at = viewport.project(s.position);
    const usual = symbolBox(s, s.offset, at, atlas);
    if (!taken.some((b) => overlaps(b, usual))) {
      taken.push(usual);
      continue;
    }
    const size = Math.max(usual.x1 - usual.x0, usual.y1 - usual.y0);
    const base = Math.max(Math.hypot(s.offset[0], s.offset[1]), size * 0.9);
    const heading = Math.atan2(s.offset[1], s.offset[0]);
    let found: { offset: [number, number]; box: Box } | undefined;
    for (const reach of REACH) {
      for (const turn of TURNS) {
        const a = heading + turn;
        const offset: [number, number] = [Math.cos(a) * base * reach, Math.sin(a) * base * reach];
        const box = symbolBox(s, offset, at, atlas);
        const inFrame = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= viewport.width && box.y1 <= viewport.height;
        if (inFrame && !taken.some((b) => overlaps(b, box))) {
          found = { offset, box };
          break;
        }
      }
      if (found) break;
    }
    if (!found) {
      taken.push(usual);
      continue;
    }
    taken.push(found.box);
    out[i] = {
      ...s,
      offset: found.offset,
      leaderTo: viewport.unproject([at[0] + found.offset[0], at[1] + found.offset[1]]),
    };
  }
  return out;
}
