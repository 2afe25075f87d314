import type { Measure, Rect } from './furniture-input';
import { font, fontSize, type FurniturePalette } from './furniture-theme';
import type { Ctx } from './paint';
import { linesWidth, wrapText } from './text';

export interface AttributionLayout {
  rect: Rect;
  lines: string[];
  font: string;
  lineH: number;
  padX: number;
  padY: number;
}

/**
 * Credits on a strip flush with the frame's bottom-right corner: small, but never under 10 px, so a
 * 720p screen still shows them.
 */
export function layoutAttribution(
  text: string,
  u: number,
  width: number,
  height: number,
  maxWidth: number,
  measure: Measure,
): AttributionLayout {
  const f = font(Math.max(10, 13 * u));
  const padX = 10 * u;
  const padY = 5 * u;
  const lineH = fontSize(f) * 1.3;
  const lines = wrapText(text, maxWidth - 2 * padX, f, measure);
  const w = linesWidth(lines, f, measure) + 2 * padX;
  const h = lines.length * lineH + 2 * padY;
  return { rect: { x: width - w, y: height - h, w, h }, lines, font: f, lineH, padX, padY };
}

export function drawAttribution(ctx: Ctx, a: AttributionLayout, palette: FurniturePalette): void {
  ctx.fillStyle = palette.panel;
  ctx.fillRect(a.rect.x, a.rect.y, a.rect.w, a.rect.h);
  ctx.font = a.font;
  ctx.fillStyle = palette.mutedText;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const right = a.rect.x + a.rect.w - a.padX;
  a.lines.forEach((line, i) => ctx.fillText(line, right, a.rect.y + a.padY + (i + 0.5) * a.lineH));
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
}
