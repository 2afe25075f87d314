import type { PaintCtx } from '../cartography/marks/paint';
import type { Rect } from './furniture-input';
import type { FurniturePalette } from './furniture-theme';

// The legend's swatches are painted by the marks (cartography/marks/), on the furniture's canvas and in its colours.
export { css } from '../cartography/marks/paint';
export type Ctx = PaintCtx;

export function roundedRect(ctx: Ctx, r: Rect, radius: number): void {
  const k = Math.min(radius, r.w / 2, r.h / 2);
  ctx.beginPath();
  ctx.moveTo(r.x + k, r.y);
  ctx.arcTo(r.x + r.w, r.y, r.x + r.w, r.y + r.h, k);
  ctx.arcTo(r.x + r.w, r.y + r.h, r.x, r.y + r.h, k);
  ctx.arcTo(r.x, r.y + r.h, r.x, r.y, k);
  ctx.arcTo(r.x, r.y, r.x + r.w, r.y, k);
  ctx.closePath();
}

/** The translucent card every block of furniture sits on, so type reads over any part of the map. */
export function drawPanel(ctx: Ctx, r: Rect, palette: FurniturePalette, u: number): void {
  roundedRect(ctx, r, 6 * u);
  ctx.fillStyle = palette.panel;
  ctx.fill();
  ctx.lineWidth = Math.max(1, u);
  ctx.strokeStyle = palette.panelBorder;
  ctx.stroke();
}

/** Text straight on the map: a halo wider than the stroke of the letters keeps it legible on any ground. */
export function haloText(
  ctx: Ctx,
  text: string,
  x: number,
  y: number,
  fill: string,
  halo: string,
  haloWidth: number,
): void {
  ctx.lineJoin = 'round';
  ctx.miterLimit = 2;
  ctx.lineWidth = haloWidth;
  ctx.strokeStyle = halo;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = fill;
  ctx.fillText(text, x, y);
}
