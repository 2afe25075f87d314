import type { SymbolAtlas } from './symbol-atlas';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * A unit symbol as a legend swatch: its atlas cell scaled to fit the box, centred, aspect kept. The same
 * pixels the map draws, so key and map cannot differ.
 */
export function drawSymbolSwatch(
  ctx: Ctx,
  atlas: SymbolAtlas,
  key: string,
  box: { x: number; y: number; w: number; h: number },
): void {
  const cell = atlas.mapping[key];
  if (!cell) throw new Error(`No symbol ${JSON.stringify(key)} in the atlas`);
  const k = Math.min(box.w / cell.width, box.h / cell.height);
  const w = cell.width * k;
  const h = cell.height * k;
  ctx.drawImage(
    atlas.image,
    cell.x,
    cell.y,
    cell.width,
    cell.height,
    box.x + (box.w - w) / 2,
    box.y + (box.h - h) / 2,
    w,
    h,
  );
}
