import type { RGBA } from '../legend-entry';

/** A 2D canvas, on screen or offscreen: what the furniture and the legend swatches draw on. */
export type PaintCtx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** deck.gl colours are 0–255 including alpha; canvas wants CSS. */
export function css([r, g, b, a]: RGBA): string {
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
}

export function circle(ctx: PaintCtx, x: number, y: number, r: number): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
}
