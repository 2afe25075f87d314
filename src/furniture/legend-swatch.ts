import type { Swatch } from '../cartography/legend-entry';
import { paintSwatch } from '../cartography/marks/registry';
import type { Rect } from './furniture-input';
import type { FurniturePalette } from './furniture-theme';
import { roundedRect, type Ctx } from './paint';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import { drawSymbolSwatch } from '../symbols/symbol-swatch';

/**
 * One legend swatch in `box`, in the map's own vocabulary, on a chip of the basemap's land colour so
 * colours and translucency look as they do on the map. Widths and dashes scale with `k` like the rest of
 * the furniture. Each swatch type is painted by the mark that owns it (cartography/marks/).
 */
export function drawSwatch(
  ctx: Ctx,
  swatch: Swatch,
  box: Rect,
  palette: FurniturePalette,
  k: number,
  symbols?: SymbolAtlas,
): void {
  ctx.save();
  roundedRect(ctx, box, 4 * k);
  ctx.fillStyle = palette.swatchGround;
  ctx.fill();
  ctx.clip();
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'round';
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const x0 = box.x + 7 * k;
  const x1 = box.x + box.w - 7 * k;
  const dash = (d?: [number, number]) => ctx.setLineDash(d ? [d[0] * k, d[1] * k] : []);

  // Drawn without an atlas only where none was loaded: an empty chip rather than a wrong symbol.
  if (swatch.type === 'symbol') {
    if (symbols?.mapping[swatch.icon]) drawSymbolSwatch(ctx, symbols, swatch.icon, box);
  } else paintSwatch(ctx, swatch, { box, cx, cy, x0, x1, k, dash });
  ctx.restore();
}
