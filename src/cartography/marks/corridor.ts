import { corridorStates } from '../uncertainty-states';
import { entry, withAlpha, type Mark, type SwatchOf, type SwatchPainter } from './mark';
import { css } from './paint';

/** Narrow where the route is known, wide where it is not: half-width 3 → 10, along a gentle bend. */
const band: SwatchPainter<SwatchOf<'corridor'>> = (ctx, swatch, { cy, x0, x1, k }) => {
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
};

/** A route known only as a corridor: a translucent band of varying width with a dashed edge. */
export const corridor: Mark = {
  id: 'corridor',
  layers: ['corridor-fill', 'corridor-edge'],
  legend: ({ frame, ink }) =>
    corridorStates(frame).length
      ? [
          entry(
            'mark',
            'corridor',
            { type: 'corridor', fill: withAlpha(ink.muted, 70), stroke: ink.muted },
            'markCorridor',
            'legendCorridor',
          ),
        ]
      : [],
  swatches: { corridor: band },
};
