import type { Measure, Rect } from './furniture-input';
import { font, fontSize, type FurniturePalette } from './furniture-theme';
import { drawPanel, type Ctx } from './paint';
import { linesWidth, tabularRuns, wrapText, type TextRun } from './text';

export interface TitleLayout {
  rect: Rect;
  pad: number;
  titleLines: string[];
  titleFont: string;
  time: { runs: TextRun[]; font: string; dy: number };
  subtitleLines: string[];
  subtitleFont: string;
  /** Offsets of each block's first line centre from the panel's top. */
  titleDy: number;
  subtitleDy: number;
  lineGap: number;
}

const PAD = 18;
const TITLE = 32;
const TIME = 46;
const SUBTITLE = 20;

/**
 * Title, the time in the largest type on the frame (it is what changes), and an optional subtitle, on one
 * panel at (x, y) no wider than `maxWidth`. A time too wide is set smaller rather than wrapped: it must
 * stay one reading.
 */
export function layoutTitleBlock(
  title: string,
  timeLabel: string,
  subtitle: string | undefined,
  u: number,
  x: number,
  y: number,
  maxWidth: number,
  measure: Measure,
): TitleLayout {
  const pad = PAD * u;
  const inner = Math.max(0, maxWidth - 2 * pad);
  const titleFont = font(TITLE * u, 700);
  const titleLines = title ? wrapText(title, inner, titleFont, measure) : [];
  let timeFont = font(TIME * u, 700);
  let time = tabularRuns(timeLabel, timeFont, measure);
  if (time.width > inner && time.width > 0) {
    timeFont = font(fontSize(timeFont) * (inner / time.width) * 0.98, 700);
    time = tabularRuns(timeLabel, timeFont, measure);
  }
  const subtitleFont = font(SUBTITLE * u);
  const subtitleLines = subtitle ? wrapText(subtitle, inner, subtitleFont, measure) : [];

  const lineGap = 6 * u;
  const titleLineH = fontSize(titleFont) * 1.2;
  const timeLineH = fontSize(timeFont) * 1.2;
  const subtitleLineH = fontSize(subtitleFont) * 1.3;
  const titleDy = pad + titleLineH / 2;
  const timeDy = pad + titleLines.length * titleLineH + (titleLines.length ? lineGap : 0) + timeLineH / 2;
  const subtitleDy = timeDy + timeLineH / 2 + lineGap + subtitleLineH / 2;
  const h =
    (subtitleLines.length
      ? subtitleDy - subtitleLineH / 2 + subtitleLines.length * subtitleLineH
      : timeDy + timeLineH / 2) + pad;
  const w =
    2 * pad +
    Math.max(
      linesWidth(titleLines, titleFont, measure),
      time.width,
      linesWidth(subtitleLines, subtitleFont, measure),
    );
  return {
    rect: { x, y, w, h },
    pad,
    titleLines,
    titleFont,
    time: { runs: time.runs, font: timeFont, dy: timeDy },
    subtitleLines,
    subtitleFont,
    titleDy,
    subtitleDy,
    lineGap,
  };
}

export function drawTitleBlock(ctx: Ctx, t: TitleLayout, palette: FurniturePalette, u: number): void {
  const { x, y } = t.rect;
  drawPanel(ctx, t.rect, palette, u);
  const left = x + t.pad;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = palette.text;
  ctx.font = t.titleFont;
  const titleLineH = fontSize(t.titleFont) * 1.2;
  t.titleLines.forEach((line, i) => ctx.fillText(line, left, y + t.titleDy + i * titleLineH));
  ctx.font = t.time.font;
  for (const run of t.time.runs) ctx.fillText(run.text, left + run.dx, y + t.time.dy);
  ctx.font = t.subtitleFont;
  ctx.fillStyle = palette.mutedText;
  const subtitleLineH = fontSize(t.subtitleFont) * 1.3;
  t.subtitleLines.forEach((line, i) => ctx.fillText(line, left, y + t.subtitleDy + i * subtitleLineH));
  ctx.textBaseline = 'alphabetic';
}
