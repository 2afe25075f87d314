import type { Measure, Rect } from './furniture-input';
import { font, fontSize, type FurniturePalette } from './furniture-theme';
import { drawPanel, type Ctx } from './paint';
import { linesWidth, wrapText } from './text';

export interface NoteLayout {
  rect: Rect;
  lines: string[];
  font: string;
  lineH: number;
  pad: number;
}

/** The uncertainty note: small italic type, wrapped to `width` (the legend's, when there is one). */
export function layoutNote(text: string, width: number, k: number, measure: Measure): NoteLayout {
  const pad = 12 * k;
  const noteFont = font(Math.max(10, 16 * k), 400, true);
  const lineH = fontSize(noteFont) * 1.35;
  const lines = wrapText(text, width - 2 * pad, noteFont, measure);
  const w = Math.max(width, linesWidth(lines, noteFont, measure) + 2 * pad);
  return { rect: { x: 0, y: 0, w, h: 2 * pad + lines.length * lineH }, lines, font: noteFont, lineH, pad };
}

export function drawNote(ctx: Ctx, n: NoteLayout, palette: FurniturePalette, k: number): void {
  drawPanel(ctx, n.rect, palette, k);
  ctx.font = n.font;
  ctx.fillStyle = palette.mutedText;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  n.lines.forEach((line, i) => ctx.fillText(line, n.rect.x + n.pad, n.rect.y + n.pad + (i + 0.5) * n.lineH));
  ctx.textBaseline = 'alphabetic';
}
