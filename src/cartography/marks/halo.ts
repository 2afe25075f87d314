import { haloStates } from '../uncertainty-states';
import { entry, withAlpha, type Mark, type SwatchOf, type SwatchPainter } from './mark';
import { circle, css } from './paint';

const disc: SwatchPainter<SwatchOf<'halo'>> = (ctx, swatch, { cx, cy, k, dash }) => {
  circle(ctx, cx, cy, 11.5 * k);
  ctx.fillStyle = css(swatch.fill);
  ctx.fill();
  dash([4, 3]);
  ctx.lineWidth = 1.75 * k;
  ctx.strokeStyle = css(swatch.stroke);
  ctx.stroke();
};

/** A position known to ± r km: a translucent disc with a dashed edge. */
export const halo: Mark = {
  id: 'halo',
  layers: ['uncertainty-halo'],
  legend: ({ frame, ink }) =>
    haloStates(frame).length
      ? [
          entry(
            'mark',
            'halo',
            { type: 'halo', fill: withAlpha(ink.muted, 50), stroke: ink.muted },
            'markRadius',
            'legendHalo',
          ),
        ]
      : [],
  swatches: { halo: disc },
};
