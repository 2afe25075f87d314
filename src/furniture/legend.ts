import type { LegendEntry } from '../cartography/legend-entry';
import { localize, type Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { Measure, Rect } from './furniture-input';
import { font, fontSize, type FurniturePalette } from './furniture-theme';
import { drawSwatch } from './legend-swatch';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import { drawPanel, type Ctx } from './paint';
import { linesWidth, wrapText } from './text';

export interface LegendRow {
  entry: LegendEntry;
  lines: string[];
  /** Offsets of the row's swatch (left) and top from the panel's top-left. */
  dx: number;
  dy: number;
  h: number;
}

export interface LegendLayout {
  rect: Rect;
  title: string;
  titleFont: string;
  labelFont: string;
  lineH: number;
  pad: number;
  swatch: { w: number; h: number };
  /** From a row's swatch to its label's left edge. */
  textDx: number;
  columns: number;
  rows: LegendRow[];
}

/** Sizes at 1080p; `k` is the layout unit times any shrink the placement needed. */
const PAD = 16;
const TITLE = 22;
const TITLE_GAP = 10;
const LABEL = 21;
const LINE = 1.25;
const SWATCH_W = 54;
const SWATCH_H = 30;
const SWATCH_GAP = 14;
const ROW_GAP = 10;
const COLUMN_GAP = 24;
export const LEGEND_LABEL_MAX = 330;

/**
 * Sized, not yet placed: rect.x/y are 0 until the caller moves it. Rows run down the first column, then
 * the next, split so the columns are about equally tall (more columns only when a frame is too short).
 */
export function layoutLegend(
  entries: readonly LegendEntry[],
  lang: Lang,
  k: number,
  measure: Measure,
  columns = 1,
): LegendLayout {
  const pad = PAD * k;
  const titleFont = font(TITLE * k, 700);
  const labelFont = font(LABEL * k);
  const lineH = fontSize(labelFont) * LINE;
  const swatch = { w: SWATCH_W * k, h: SWATCH_H * k };
  const textDx = swatch.w + SWATCH_GAP * k;
  const rowGap = ROW_GAP * k;
  const title = ui(lang, 'legendTitle');
  const top = pad + fontSize(titleFont) * 1.3 + TITLE_GAP * k;

  const sized = entries.map((entry) => {
    const lines = wrapText(localize(entry.label, lang), LEGEND_LABEL_MAX * k, labelFont, measure);
    return { entry, lines, h: Math.max(swatch.h, lines.length * lineH) };
  });
  const textW = Math.max(
    measure(title, titleFont) - textDx,
    ...sized.map((r) => linesWidth(r.lines, labelFont, measure)),
  );
  const columnW = textDx + textW;
  const total = sized.reduce((sum, r) => sum + r.h + rowGap, 0);
  const cols = Math.max(1, Math.min(columns, sized.length));

  const rows: LegendRow[] = [];
  let col = 0;
  let dy = top;
  let tallest = top;
  let before = 0;
  for (const r of sized) {
    // Next column once this one holds its share; never leave a column empty.
    if (col < cols - 1 && before >= ((col + 1) * total) / cols - rowGap && dy > top) {
      col++;
      dy = top;
    }
    rows.push({ ...r, dx: pad + col * (columnW + COLUMN_GAP * k), dy });
    dy += r.h + rowGap;
    before += r.h + rowGap;
    tallest = Math.max(tallest, dy - rowGap);
  }
  const w = 2 * pad + cols * columnW + (cols - 1) * COLUMN_GAP * k;
  return {
    rect: { x: 0, y: 0, w, h: tallest + pad },
    title,
    titleFont,
    labelFont,
    lineH,
    pad,
    swatch,
    textDx,
    columns: cols,
    rows,
  };
}

export function drawLegend(
  ctx: Ctx,
  l: LegendLayout,
  palette: FurniturePalette,
  k: number,
  symbols?: SymbolAtlas,
): void {
  const { x, y } = l.rect;
  drawPanel(ctx, l.rect, palette, k);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.font = l.titleFont;
  ctx.fillStyle = palette.text;
  ctx.fillText(l.title, x + l.pad, y + l.pad);

  for (const row of l.rows) {
    const box = { x: x + row.dx, y: y + row.dy + (row.h - l.swatch.h) / 2, ...l.swatch };
    drawSwatch(ctx, row.entry.swatch, box, palette, k, symbols);
    ctx.font = l.labelFont;
    ctx.fillStyle = palette.text;
    ctx.textBaseline = 'middle';
    // Lines centred on the row, so a one-line label sits level with its swatch.
    const top = y + row.dy + (row.h - row.lines.length * l.lineH) / 2;
    row.lines.forEach((line, i) => ctx.fillText(line, x + row.dx + l.textDx, top + (i + 0.5) * l.lineH));
  }
  ctx.textBaseline = 'alphabetic';
}
