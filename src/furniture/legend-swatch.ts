import type { RGBA, Swatch } from '../cartography/legend-entry';
import type { Rect } from './furniture-input';
import type { FurniturePalette } from './furniture-theme';
import { css, roundedRect, type Ctx } from './paint';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import { drawSymbolSwatch } from '../symbols/symbol-swatch';

/** Same colour, alpha scaled: the pulse's outer rings fade as they do on the map. */
function fade([r, g, b, a]: RGBA, factor: number): RGBA {
  return [r, g, b, Math.round(a * factor)];
}

function circle(ctx: Ctx, x: number, y: number, r: number): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
}

/**
 * One legend swatch in `box`, in the map's own vocabulary, on a chip of the basemap's land colour so
 * colours and translucency look as they do on the map. Widths and dashes scale with `k` like the rest of
 * the furniture.
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

  switch (swatch.type) {
    case 'symbol': {
      // Drawn without an atlas only where none was loaded: an empty chip rather than a wrong symbol.
      if (symbols?.mapping[swatch.icon]) drawSymbolSwatch(ctx, symbols, swatch.icon, box);
      break;
    }
    case 'line':
    case 'arrow': {
      const width = (swatch.type === 'line' ? swatch.width : 4) * k;
      const head = swatch.type === 'arrow' ? 11 * k : 0;
      const shaftEnd = x1 - head * 0.8;
      const stroke = (color: RGBA, w: number, d?: [number, number]) => {
        dash(d);
        ctx.lineWidth = w;
        ctx.strokeStyle = css(color);
        ctx.beginPath();
        ctx.moveTo(x0, cy);
        ctx.lineTo(shaftEnd, cy);
        ctx.stroke();
      };
      const headPath = () => {
        ctx.beginPath();
        ctx.moveTo(x1, cy);
        ctx.lineTo(x1 - head, cy - head * 0.6);
        ctx.lineTo(x1 - head, cy + head * 0.6);
        ctx.closePath();
      };
      if (swatch.casing) {
        // The casing stays solid under a dashed trail, as on the map: the gaps show the casing colour.
        stroke(swatch.casing, width + 3 * k);
        if (head) {
          dash();
          headPath();
          ctx.lineWidth = 3 * k;
          ctx.strokeStyle = css(swatch.casing);
          ctx.stroke();
        }
      }
      stroke(swatch.color, width, swatch.dash);
      if (head) {
        dash();
        headPath();
        ctx.fillStyle = css(swatch.color);
        ctx.fill();
      }
      break;
    }
    case 'circle': {
      if (swatch.ring) {
        dash([3, 2.5]);
        ctx.lineWidth = 1.75 * k;
        ctx.strokeStyle = css(swatch.ring);
        circle(ctx, cx, cy, 11 * k);
        ctx.stroke();
        dash();
      }
      circle(ctx, cx, cy, 6.5 * k);
      ctx.fillStyle = css(swatch.fill);
      ctx.fill();
      ctx.lineWidth = 2 * k;
      ctx.strokeStyle = css(swatch.stroke);
      ctx.stroke();
      break;
    }
    case 'pulse': {
      ctx.lineWidth = 2.25 * k;
      [4.5, 8.5, 12.5].forEach((r, i) => {
        circle(ctx, cx, cy, r * k);
        ctx.strokeStyle = css(fade(swatch.color, [1, 0.6, 0.3][i] ?? 1));
        ctx.stroke();
      });
      circle(ctx, cx, cy, 2 * k);
      ctx.fillStyle = css(swatch.color);
      ctx.fill();
      break;
    }
    case 'halo': {
      circle(ctx, cx, cy, 11.5 * k);
      ctx.fillStyle = css(swatch.fill);
      ctx.fill();
      dash([4, 3]);
      ctx.lineWidth = 1.75 * k;
      ctx.strokeStyle = css(swatch.stroke);
      ctx.stroke();
      break;
    }
    case 'corridor': {
      // Narrow where the route is known, wide where it is not: half-width 3 → 10, along a gentle bend.
      const n = 12;
      const pts = Array.from({ length: n + 1 }, (_, i) => {
        const t = i / n;
        return { x: x0 + t * (x1 - x0), y: cy + Math.sin(t * Math.PI * 1.5) * 2.5 * k, hw: (3 + 7 * t) * k };
      });
      ctx.beginPath();
      pts.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y - p.hw) : ctx.lineTo(p.x, p.y - p.hw)));
      for (const p of [...pts].reverse()) ctx.lineTo(p.x, p.y + p.hw);
      ctx.closePath();
      ctx.fillStyle = css(swatch.fill);
      ctx.fill();
      ctx.lineWidth = 1.5 * k;
      ctx.strokeStyle = css(swatch.stroke);
      ctx.stroke();
      break;
    }
    case 'area': {
      const r = { x: box.x + 6 * k, y: box.y + 4.5 * k, w: box.w - 12 * k, h: box.h - 9 * k };
      ctx.fillStyle = css(swatch.fill);
      ctx.fillRect(r.x, r.y, r.w, r.h);
      if (swatch.hatch) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(r.x, r.y, r.w, r.h);
        ctx.clip();
        ctx.lineWidth = 1.75 * k;
        ctx.strokeStyle = css(swatch.hatch);
        ctx.beginPath();
        for (let x = r.x - r.h; x < r.x + r.w; x += 6 * k) {
          ctx.moveTo(x, r.y + r.h);
          ctx.lineTo(x + r.h, r.y);
        }
        ctx.stroke();
        ctx.restore();
      }
      ctx.lineWidth = 2 * k;
      ctx.strokeStyle = css(swatch.stroke);
      ctx.strokeRect(r.x, r.y, r.w, r.h);
      break;
    }
  }
  ctx.restore();
}
