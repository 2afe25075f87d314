import { drawAttribution } from './attribution';
import { drawCaption, drawProgress } from './caption';
import type { FurnitureInput } from './furniture-input';
import type { FurniturePlan } from './furniture-layout';
import { furniturePalette } from './furniture-theme';
import { drawInset } from './inset';
import { drawLegend } from './legend';
import { drawNorthArrow } from './north-arrow';
import { drawPanel, type Ctx } from './paint';
import { drawScaleBar } from './scale-bar';
import { drawTitleBlock } from './title-block';

/**
 * Draws the map furniture (title and time, legend with its note, scale bar, north arrow, inset, credits,
 * and in presenter mode the chapter card and progress) as `plan` laid it out for a frame of
 * `input.width × input.height` CSS px, onto a canvas of that size × pixelRatio. The plan is made once per
 * frame (planFurniture), so what labels kept clear of is exactly what is drawn.
 *
 * Pure: reads only its arguments (no clock, DOM or randomness), so a screen frame and a later export of the
 * same input match. It draws over what is already there and leaves the context's state as it found it;
 * clear the canvas first to redraw. Fonts: Noto Sans 400/700 must be loaded (the scene's `sceneReady`).
 */
export function drawFurniture(
  ctx: Ctx,
  input: FurnitureInput,
  plan: FurniturePlan,
  pixelRatio: number,
): void {
  ctx.save();
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  const palette = furniturePalette(input.theme);
  const { u } = plan;

  if (plan.inset) drawInset(ctx, plan.inset, input.inset, plan.insetLabels ?? [], input.bounds, palette, u);
  if (plan.title) drawTitleBlock(ctx, plan.title, palette, u);
  if (plan.legend) drawLegend(ctx, plan.legend, palette, input.symbols);
  if (plan.scale) {
    drawPanel(ctx, plan.scale.rect, palette, u);
    drawScaleBar(ctx, plan.scale, palette, u);
  }
  if (plan.north) {
    drawPanel(ctx, plan.north, palette, u);
    drawNorthArrow(ctx, plan.north, input.bearing, palette);
  }
  if (plan.caption) drawCaption(ctx, plan.caption, palette, u);
  if (plan.progress) drawProgress(ctx, plan.progress, palette, u);
  if (plan.attribution) drawAttribution(ctx, plan.attribution, palette);
  ctx.restore();
}
