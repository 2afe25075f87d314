import type { LegendEntry } from '../cartography/legend-entry';
import { localize, type Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { Measure, Rect } from './furniture-input';
import { font, fontSize, type FurniturePalette } from './furniture-theme';
import { drawSwatch } from './legend-swatch';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import { drawPanel, type Ctx } from './paint';
import { linesWidth, wrapText } from './text';

/**
 * `expanded`: each side on a row of its own, then the uncertainty marks and the kinds of event as swatches
 * with one word each, flowing in rows. `collapsed`: the title and the swatches alone, for small frames.
 * `explained`: every entry on a row of its own with what it means in a sentence (the full legend: a slide,
 * or an export asked for it).
 */
export type LegendForm = 'expanded' | 'collapsed' | 'explained';

export interface LegendItem {
  entry: LegendEntry;
  /** Swatch box and caption baseline, relative to the panel's top-left. */
  swatch: Rect;
  /** The swatch's drawing unit: `k` for side rows, smaller for the word items. */
  swatchK: number;
  /** Caption lines, the first centred on `y`, each `lineH` below the last. */
  text?: { x: number; y: number; lines: string[]; lineH: number; font: string };
}

export interface LegendLayout {
  form: LegendForm;
  rect: Rect;
  k: number;
  pad: number;
  title: string;
  titleFont: string;
  items: LegendItem[];
  /** The uncertainty note set in the panel's foot, when it has room. */
  footer?: { lines: string[]; font: string; lineH: number; dy: number };
}

/** Sizes at 1080p, in px; `k` is the layout unit times any shrink the placement needed. */
const PAD = 14;
const TITLE = 20;
const LABEL = 21;
const WORD = 18;
/** Swatches are drawn in a 54 × 30 design box (legend-swatch.ts): sides at this share of it… */
const SIDE = 0.85;
/** …and the word items smaller still. */
const SMALL = 0.62;
const GAP = 9;
const ITEM_GAP = 14;
const FOOTER = 15;
/** Narrowest panel, so the word items flow two or three to a row rather than one. */
const MIN_WIDTH = 270;
const MAX_WIDTH = 420;
/** The explained legend's sentences wrap at this width. */
const EXPLAINED_WIDTH = 560;

/**
 * Sized, not yet placed: rect.x/y are 0 until the caller moves it. Sides first, one per row, then the marks,
 * then the kinds, each group starting a new row; `note` goes in the foot when given.
 */
export function layoutLegend(
  entries: readonly LegendEntry[],
  lang: Lang,
  k: number,
  measure: Measure,
  form: LegendForm = 'expanded',
  note?: string,
): LegendLayout {
  const pad = PAD * k;
  const titleFont = font(TITLE * k, 700);
  const labelFont = font(LABEL * k);
  const wordFont = font(WORD * k);
  const title = ui(lang, 'legendTitle');
  const gap = GAP * k;
  // Sides and unit symbols read one to a row (a name, a meaning in words); the rest flow as swatch + word.
  // Explained, every entry has a row, with its sentence.
  const isRow = (e: LegendEntry) => form === 'explained' || e.group === 'side' || e.group === 'symbol';
  const rowed = entries.filter(isRow);
  const others = entries.filter((e) => !isRow(e));
  const rowText = (e: LegendEntry) => localize(form === 'explained' ? e.explanation : e.label, lang);
  const rowMax = (form === 'explained' ? EXPLAINED_WIDTH : MAX_WIDTH) * k;
  const small = { w: 54 * SMALL * k, h: 30 * SMALL * k };
  const side = { w: 54 * SIDE * k, h: 30 * SIDE * k };
  const titleH = fontSize(titleFont) * 1.3;

  const rowFont = (e: LegendEntry) => (e.group === 'side' && form !== 'explained' ? labelFont : wordFont);
  const rowLines = (e: LegendEntry) => wrapText(rowText(e), rowMax - side.w - gap, rowFont(e), measure);
  const sideWidths = rowed.map((e) => side.w + gap + linesWidth(rowLines(e), rowFont(e), measure));
  const wordWidth = (e: LegendEntry) =>
    form === 'collapsed' ? small.w : small.w + gap * 0.6 + measure(localize(e.label, lang), wordFont);
  // Collapsed, the swatches run in rows of up to six: a short strip rather than a tall column.
  const strip = Math.min(entries.length, 6) * (small.w + gap * 0.6) - gap * 0.6;
  const inner = Math.min(
    rowMax,
    Math.max(
      form === 'collapsed' ? strip : MIN_WIDTH * k,
      measure(title, titleFont),
      ...(form === 'collapsed' ? [] : sideWidths),
      ...others.map(wordWidth),
    ),
  );

  const items: LegendItem[] = [];
  let y = pad + titleH + gap * 0.6;
  let width = measure(title, titleFont);
  if (form !== 'collapsed') {
    for (const entry of rowed) {
      const rowFontOf = rowFont(entry);
      const lines = rowLines(entry);
      const lineH = fontSize(rowFontOf) * 1.25;
      const rowH = Math.max(side.h, lines.length * lineH);
      items.push({
        entry,
        swatch: { x: pad, y: y + (rowH - side.h) / 2, ...side },
        swatchK: k * SIDE,
        text: {
          x: pad + side.w + gap,
          y: y + (rowH - lines.length * lineH) / 2 + lineH / 2,
          lines,
          lineH,
          font: rowFontOf,
        },
      });
      width = Math.max(width, side.w + gap + linesWidth(lines, rowFontOf, measure));
      y += rowH + gap * 0.5;
    }
  }
  // Word items flow left to right, a new row per group and whenever the next would pass the width.
  const flowing = form === 'collapsed' ? entries : others;
  const rowH = Math.max(small.h, fontSize(wordFont) * 1.25);
  let x = 0;
  let group: string | undefined;
  for (const entry of flowing) {
    const w = wordWidth(entry);
    const newGroup = form === 'expanded' && group !== undefined && entry.group !== group;
    if (x > 0 && (newGroup || x + w > inner)) {
      x = 0;
      y += rowH + gap * 0.5;
    }
    group = entry.group;
    const value = localize(entry.label, lang);
    items.push({
      entry,
      swatch: { x: pad + x, y: y + (rowH - small.h) / 2, ...small },
      swatchK: k * SMALL,
      ...(form === 'expanded' && {
        text: {
          x: pad + x + small.w + gap * 0.6,
          y: y + rowH / 2,
          lines: [value],
          lineH: rowH,
          font: wordFont,
        },
      }),
    });
    width = Math.max(width, x + w);
    x += w + (form === 'collapsed' ? gap * 0.6 : ITEM_GAP * k);
  }
  if (x > 0) y += rowH;
  else y -= gap * 0.5;

  let footer: LegendLayout['footer'];
  const noteText = note?.trim();
  if (noteText && form !== 'collapsed') {
    const noteFont = font(Math.max(9, FOOTER * k), 400, true);
    const lineH = fontSize(noteFont) * 1.3;
    const lines = wrapText(noteText, Math.max(width, inner), noteFont, measure);
    width = Math.max(width, linesWidth(lines, noteFont, measure));
    footer = { lines, font: noteFont, lineH, dy: y + gap };
    y += gap + lines.length * lineH;
  }
  return {
    form,
    rect: { x: 0, y: 0, w: 2 * pad + width, h: y + pad },
    k,
    pad,
    title,
    titleFont,
    items,
    ...(footer && { footer }),
  };
}

export function drawLegend(
  ctx: Ctx,
  l: LegendLayout,
  palette: FurniturePalette,
  symbols?: SymbolAtlas,
): void {
  const { x, y } = l.rect;
  drawPanel(ctx, l.rect, palette, l.k);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.font = l.titleFont;
  ctx.fillStyle = palette.text;
  ctx.fillText(l.title, x + l.pad, y + l.pad);
  for (const item of l.items) {
    const box = { ...item.swatch, x: x + item.swatch.x, y: y + item.swatch.y };
    drawSwatch(ctx, item.entry.swatch, box, palette, item.swatchK, symbols);
    if (!item.text) continue;
    ctx.font = item.text.font;
    ctx.fillStyle = palette.text;
    ctx.textBaseline = 'middle';
    item.text.lines.forEach((line, i) =>
      ctx.fillText(line, x + item.text!.x, y + item.text!.y + i * item.text!.lineH),
    );
  }
  if (l.footer) {
    ctx.font = l.footer.font;
    ctx.fillStyle = palette.mutedText;
    ctx.textBaseline = 'middle';
    l.footer.lines.forEach((line, i) =>
      ctx.fillText(line, x + l.pad, y + l.footer!.dy + (i + 0.5) * l.footer!.lineH),
    );
  }
  ctx.textBaseline = 'alphabetic';
}
