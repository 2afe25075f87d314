import { drawAttribution } from './attribution';
import type { FurnitureInput, Measure } from './furniture-input';
import { planFurniture } from './furniture-layout';
import { furniturePalette } from './furniture-theme';
import { drawInset } from './inset';
import { drawLegend } from './legend';
import { drawNote } from './note';
import { drawNorthArrow } from './north-arrow';
import { drawPanel, type Ctx } from './paint';
import { drawScaleBar } from './scale-bar';
import { drawTitleBlock } from './title-block';

/** Text widths from the canvas itself, memoised for the one call: labels repeat while wrapping. */
function canvasMeasure(ctx: Ctx): Measure {
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = font;
      width = ctx.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

/**
 * Draws the map furniture (title and time, legend, uncertainty note, scale bar, north arrow, inset,
 * credits) for a frame of `input.width × input.height` CSS px onto a canvas of that size × pixelRatio.
 *
 * Pure: reads only `input` (no clock, DOM or randomness), so a screen frame and a later export of the same
 * input match. It draws over what is already there and leaves the context's state as it found it; clear
 * the canvas first to redraw. Fonts: the caller must have Noto Sans 400/700 loaded (await
 * `document.fonts.load(...)` / `document.fonts.ready`), or the first frames are set in the fallback face.
 */
export function drawFurniture(ctx: Ctx, input: FurnitureInput): void {
  ctx.save();
  ctx.setTransform(input.pixelRatio, 0, 0, input.pixelRatio, 0, 0);
  const plan = planFurniture(input, canvasMeasure(ctx));
  const palette = furniturePalette(input.theme);
  const { u } = plan;

  if (plan.inset) drawInset(ctx, plan.inset, input.bounds, input.lang, palette, u);
  if (plan.title) drawTitleBlock(ctx, plan.title, palette, u);
  if (plan.legend) drawLegend(ctx, plan.legend, palette, plan.legendK);
  if (plan.note) drawNote(ctx, plan.note, palette, plan.legendK);
  if (plan.scale) {
    drawPanel(ctx, plan.scale.rect, palette, u);
    drawScaleBar(ctx, plan.scale, palette, u);
  }
  if (plan.north) {
    drawPanel(ctx, plan.north, palette, u);
    drawNorthArrow(ctx, plan.north, input.bearing, palette);
  }
  if (plan.attribution) drawAttribution(ctx, plan.attribution, palette);
  ctx.restore();
}
