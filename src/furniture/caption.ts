import type { Measure, Rect } from './furniture-input';
import { font, fontSize, type FurniturePalette } from './furniture-theme';
import { drawPanel, type Ctx } from './paint';
import { linesWidth, wrapText } from './text';

/** A presenter's chapter: its title and caption, and where it stands in the briefing. */
export interface ChapterCard {
  title: string;
  caption: string;
  /** 0-based index of the chapter, and how many there are. */
  index: number;
  total: number;
  /** 0–1: an export's captions fade in and out with each chapter (captionAt); presenting shows them whole. */
  opacity?: number;
}

export interface CaptionLayout {
  rect: Rect;
  opacity: number;
  pad: number;
  accent: number;
  titleLines: string[];
  titleFont: string;
  textLines: string[];
  textFont: string;
  titleLineH: number;
  textLineH: number;
}

const PAD = 16;
const ACCENT = 5;
const TITLE = 27;
const TEXT = 19;

/**
 * The chapter card in presenter mode: the chapter's title over its caption, wrapped to `maxWidth`;
 * `withText` false keeps the title alone, for a frame too small for both.
 */
export function layoutCaption(
  card: ChapterCard,
  k: number,
  maxWidth: number,
  measure: Measure,
  withText = true,
): CaptionLayout {
  const pad = PAD * k;
  const accent = ACCENT * k;
  const inner = Math.max(40 * k, maxWidth - 2 * pad - accent);
  const titleFont = font(TITLE * k, 700);
  const textFont = font(TEXT * k);
  const titleLines = wrapText(card.title, inner, titleFont, measure);
  const textLines = withText ? wrapText(card.caption, inner, textFont, measure) : [];
  const titleLineH = fontSize(titleFont) * 1.2;
  const textLineH = fontSize(textFont) * 1.35;
  const w =
    2 * pad +
    accent +
    Math.max(linesWidth(titleLines, titleFont, measure), linesWidth(textLines, textFont, measure));
  const h =
    2 * pad + titleLines.length * titleLineH + (textLines.length ? 6 * k + textLines.length * textLineH : 0);
  return {
    rect: { x: 0, y: 0, w, h },
    opacity: card.opacity ?? 1,
    pad,
    accent,
    titleLines,
    titleFont,
    textLines,
    textFont,
    titleLineH,
    textLineH,
  };
}

export function drawCaption(ctx: Ctx, c: CaptionLayout, palette: FurniturePalette, k: number): void {
  if (c.opacity <= 0) return;
  const { x, y, h } = c.rect;
  ctx.save();
  ctx.globalAlpha = c.opacity;
  drawPanel(ctx, c.rect, palette, k);
  ctx.fillStyle = palette.accent;
  ctx.fillRect(x, y, c.accent, h);
  const left = x + c.accent + c.pad;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = palette.text;
  ctx.font = c.titleFont;
  c.titleLines.forEach((line, i) => ctx.fillText(line, left, y + c.pad + (i + 0.5) * c.titleLineH));
  const top = y + c.pad + c.titleLines.length * c.titleLineH + 6 * k;
  ctx.font = c.textFont;
  c.textLines.forEach((line, i) => ctx.fillText(line, left, top + (i + 0.5) * c.textLineH));
  ctx.restore();
}

export interface ProgressLayout {
  rect: Rect;
  r: number;
  step: number;
  index: number;
  total: number;
  /** 0–1: an export's captions fade in and out with each chapter (captionAt); presenting shows them whole. */
  opacity?: number;
}

/** The briefing's progress: one dot per chapter, the current one larger. */
export function layoutProgress(card: ChapterCard, k: number): ProgressLayout {
  const r = 6 * k;
  const step = 24 * k;
  const pad = 10 * k;
  const w = 2 * pad + (card.total - 1) * step + 2 * r * 1.4;
  return { rect: { x: 0, y: 0, w, h: 2 * pad + 2 * r * 1.4 }, r, step, index: card.index, total: card.total };
}

export function drawProgress(ctx: Ctx, p: ProgressLayout, palette: FurniturePalette, k: number): void {
  drawPanel(ctx, p.rect, palette, k);
  const cy = p.rect.y + p.rect.h / 2;
  const x0 = p.rect.x + p.rect.w / 2 - ((p.total - 1) * p.step) / 2;
  for (let i = 0; i < p.total; i++) {
    ctx.beginPath();
    ctx.arc(x0 + i * p.step, cy, i === p.index ? p.r * 1.4 : p.r, 0, Math.PI * 2);
    ctx.lineWidth = Math.max(1, 2 * k);
    ctx.strokeStyle = palette.text;
    ctx.fillStyle = i === p.index ? palette.accent : palette.text;
    if (i <= p.index) ctx.fill();
    ctx.stroke();
  }
}
