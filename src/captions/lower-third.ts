import type { Theme } from '../model/theme';
import { captionAt, type CaptionFrame } from './caption-at';
import type { Lang } from '../i18n/localize';
import type { Scenario } from '../model/scenario';
import type { Measure, Rect } from '../furniture/furniture-input';
import { layoutUnit } from '../furniture/furniture-input';
import { font, fontSize, furniturePalette } from '../furniture/furniture-theme';
import { drawPanel, type Ctx } from '../furniture/paint';
import { wrapText } from '../furniture/text';

/** Sizes at 1080p, scaled by the layout unit like the rest of the furniture. */
const TITLE = 34;
const CAPTION = 24;
const PAD = 22;
const MARGIN = 40;
const ACCENT_W = 6;
const MAX_CAPTION_LINES = 3;
const ACCENT = '#56b4e9';

export interface LowerThirdLayout {
  rect: Rect;
  titleFont: string;
  captionFont: string;
  titleLines: string[];
  captionLines: string[];
  lineH: { title: number; caption: number };
  pad: number;
  accent: number;
}

/**
 * Where the lower third goes in a frame of `width × height` CSS px: bottom left, at most 62% of the width,
 * the caption wrapped to three lines (an ellipsis past them). `bottomClear` keeps it above furniture
 * along the bottom edge (scale bar, credits).
 */
export function layoutLowerThird(
  caption: CaptionFrame,
  width: number,
  height: number,
  measure: Measure,
  bottomClear = 0,
  align: 'left' | 'center' = 'left',
): LowerThirdLayout {
  const u = layoutUnit(width, height);
  const pad = PAD * u;
  const accent = ACCENT_W * u;
  const titleFont = font(TITLE * u, 700);
  const captionFont = font(CAPTION * u);
  const maxText = width * 0.62 - 2 * pad - accent;
  const titleLines = wrapText(caption.title, maxText, titleFont, measure).slice(0, 2);
  let captionLines = wrapText(caption.caption, maxText, captionFont, measure);
  if (captionLines.length > MAX_CAPTION_LINES) {
    captionLines = captionLines.slice(0, MAX_CAPTION_LINES);
    captionLines[MAX_CAPTION_LINES - 1] = `${captionLines[MAX_CAPTION_LINES - 1]!.replace(/\s*\S*$/, '')} …`;
  }
  const lineH = { title: fontSize(titleFont) * 1.2, caption: fontSize(captionFont) * 1.3 };
  const textW = Math.max(
    ...titleLines.map((l) => measure(l, titleFont)),
    ...captionLines.map((l) => measure(l, captionFont)),
  );
  const h = 2 * pad + titleLines.length * lineH.title + captionLines.length * lineH.caption + pad * 0.3;
  const w = Math.min(width - 2 * MARGIN * u, textW + 2 * pad + accent);
  const x = align === 'center' ? (width - w) / 2 : MARGIN * u;
  const rect = { x, y: height - bottomClear - MARGIN * u - h, w, h };
  return { rect, titleFont, captionFont, titleLines, captionLines, lineH, pad, accent };
}

/** Draws the lower third at its opacity, on a furniture panel with an accent bar; nothing at opacity 0. */
export function drawLowerThird(
  ctx: Ctx,
  caption: CaptionFrame,
  layout: LowerThirdLayout,
  theme: Theme,
): void {
  if (caption.opacity <= 0) return;
  const palette = furniturePalette(theme);
  const { rect, pad } = layout;
  const u = layout.accent / ACCENT_W;
  ctx.save();
  ctx.globalAlpha = caption.opacity;
  drawPanel(ctx, rect, palette, u);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(rect.x, rect.y, layout.accent, rect.h);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  const x = rect.x + layout.accent + pad;
  let y = rect.y + pad;
  ctx.fillStyle = palette.text;
  ctx.font = layout.titleFont;
  for (const line of layout.titleLines) {
    ctx.fillText(line, x, y);
    y += layout.lineH.title;
  }
  y += pad * 0.3;
  ctx.font = layout.captionFont;
  ctx.fillStyle = palette.mutedText;
  for (const line of layout.captionLines) {
    ctx.fillText(line, x, y);
    y += layout.lineH.caption;
  }
  ctx.restore();
}

/**
 * The captions option of an export, in one call: the lower third of the chapter at t drawn over a frame of
 * `width × height` CSS px at `pixelRatio`, or nothing outside the chapters. Pure of t like the rest.
 */
export function drawCaptionAt(
  ctx: Ctx,
  scenario: Pick<Scenario, 'chapters'>,
  t: number,
  frame: {
    width: number;
    height: number;
    pixelRatio: number;
    theme: Theme;
    lang: Lang;
    bottomClear?: number;
    align?: 'left' | 'center';
  },
  measure: Measure,
): void {
  const caption = captionAt(scenario, t, frame.lang);
  if (!caption || caption.opacity <= 0) return;
  const layout = layoutLowerThird(
    caption,
    frame.width,
    frame.height,
    measure,
    frame.bottomClear,
    frame.align,
  );
  ctx.save();
  ctx.scale(frame.pixelRatio, frame.pixelRatio);
  drawLowerThird(ctx, caption, layout, frame.theme);
  ctx.restore();
}
