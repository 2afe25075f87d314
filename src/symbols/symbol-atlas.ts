import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import { scenarioSymbols, symbolOptions, ATLAS_SCALE, type SymbolIcon } from './symbol-icons';

export interface AtlasCell {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The symbol's own anchor (the frame's centre, not the box's: echelon marks sit above the frame). */
  anchorX: number;
  anchorY: number;
}

/** Every symbol of a scenario in one image, and where each lies in it (atlas px). */
export interface SymbolAtlas {
  image: HTMLCanvasElement | OffscreenCanvas | ImageBitmap;
  mapping: Record<string, AtlasCell>;
  icons: SymbolIcon[];
  /** Atlas px per CSS px. */
  scale: number;
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

const cache = new Map<string, Promise<SymbolAtlas | undefined>>();

/**
 * The scenario's symbols drawn once by milsymbol into one canvas, cached per scenario, theme and
 * perspective: frames only look cells up, so drawing stays pure and cheap. milsymbol is loaded on demand
 * (about 200 kB gzipped), and not at all for a scenario without symbols (resolves undefined).
 */
export function loadSymbolAtlas(scenario: Scenario, theme: Theme): Promise<SymbolAtlas | undefined> {
  const icons = scenarioSymbols(scenario);
  if (!icons.length) return Promise.resolve(undefined);
  const id = atlasId(scenario, theme, icons);
  let atlas = cache.get(id);
  if (!atlas) {
    atlas = drawAtlas(scenario, theme, icons);
    cache.set(id, atlas);
    atlas.then(
      (drawn) => void (drawn && drawnAtlases.set(id, drawn)),
      () => cache.delete(id),
    );
  }
  return atlas;
}

/** The atlas `loadSymbolAtlas` has already drawn for this scenario and theme, for synchronous callers. */
export function drawnSymbolAtlas(scenario: Scenario, theme: Theme): SymbolAtlas | undefined {
  const icons = scenarioSymbols(scenario);
  return icons.length ? drawnAtlases.get(atlasId(scenario, theme, icons)) : undefined;
}

const drawnAtlases = new Map<string, SymbolAtlas>();

function atlasId(scenario: Scenario, theme: Theme, icons: readonly SymbolIcon[]): string {
  return `${theme}|${icons.map((i) => i.key).join(',')}|${icons
    .map((i) => scenario.sideById.get(i.side)?.color)
    .join(',')}`;
}

async function drawAtlas(scenario: Scenario, theme: Theme, icons: SymbolIcon[]): Promise<SymbolAtlas> {
  const { default: ms } = await import('milsymbol');
  const symbols = icons.map((icon) => {
    const symbol = new ms.Symbol(icon.sidc, symbolOptions(icon, scenario, theme));
    if (!symbol.isValid()) throw new Error(`milsymbol cannot draw the SIDC ${JSON.stringify(icon.sidc)}`);
    return { icon, symbol, canvas: symbol.asCanvas(1) };
  });
  const { mapping, width, height } = layoutAtlas(
    symbols.map(({ icon, symbol, canvas }) => ({
      key: icon.key,
      width: canvas.width,
      height: canvas.height,
      anchorX: symbol.getAnchor().x,
      anchorY: symbol.getAnchor().y,
    })),
  );
  const image = document.createElement('canvas');
  image.width = width;
  image.height = height;
  const ctx = image.getContext('2d')!;
  for (const { icon, canvas } of symbols) ctx.drawImage(canvas, mapping[icon.key]!.x, mapping[icon.key]!.y);
  return { image, mapping, icons, scale: ATLAS_SCALE };
}
