import type { Measure, Rect } from './furniture-input';
import { font, fontSize, type FurniturePalette } from './furniture-theme';
import type { Ctx } from './paint';
import { linesWidth, wrapText } from './text';

export interface AttributionLayout {
  rect: Rect;
  /** The credits, wrapped. */
  lines: string[];
  /** A line above them, when there is one: where the basemap runs out of detail. */
  notice: string[];
  font: string;
  lineH: number;
  padX: number;
  padY: number;
}

/**
 * Credits on a strip flush with the frame's bottom-right corner: small, but never under 10 px, so a
 * 720p screen still shows them. A notice about the basemap (where its detail ends) goes on the same strip,
 * above them: a remark about the map's sources, as discreet as they are, and one box for the layout.
 */
export function layoutAttribution(
  text: string,
  u: number,
  width: number,
  height: number,
  maxWidth: number,
  measure: Measure,
  noticeText?: string,
): AttributionLayout {
  const f = font(Math.max(10, 13 * u));
  const padX = 10 * u;
  const padY = 5 * u;
  const lineH = fontSize(f) * 1.3;
  const lines = wrapText(text, maxWidth - 2 * padX, f, measure);
  const notice = noticeText ? wrapText(noticeText, maxWidth - 2 * padX, f, measure) : [];
  const w = linesWidth([...notice, ...lines], f, measure) + 2 * padX;
  const h = (notice.length + lines.length) * lineH + 2 * padY;
  return { rect: { x: width - w, y: height - h, w, h }, lines, notice, font: f, lineH, padX, padY };
}

export function drawAttribution(ctx: Ctx, a: AttributionLayout, palette: FurniturePalette): void {
  ctx.fillStyle = palette.panel;
  ctx.fillRect(a.rect.x, a.rect.y, a.rect.w, a.rect.h);
  ctx.font = a.font;
  ctx.fillStyle = palette.mutedText;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const right = a.rect.x + a.rect.w - a.padX;
  const rows = [...a.notice, ...a.lines];
  rows.forEach((line, i) => {
    // The notice in the panel's text colour: still small, but read before the credits.
    ctx.fillStyle = i < a.notice.length ? palette.text : palette.mutedText;
    ctx.fillText(line, right, a.rect.y + a.padY + (i + 0.5) * a.lineH);
  });
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
}
