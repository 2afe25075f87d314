import { entry, type Mark, type SwatchOf, type SwatchPainter } from './mark';
import { circle, css } from './paint';

/** A point marker; `ring` adds the dashed outer ring of a time known only to a window. */
const dot: SwatchPainter<SwatchOf<'circle'>> = (ctx, swatch, { cx, cy, k, dash }) => {
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
};

/** Point events other than strikes, each its own dot unless events are grouped by area. */
export const events: Mark = {
  id: 'events',
  layers: ['event-marker'],
  legend: ({ frame, ink, grouped }) =>
    !grouped && frame.events.some((e) => e.feature.kind !== 'strike' && e.feature.geometry.type === 'Point')
      ? [
          entry(
            'kind',
            'event',
            { type: 'circle', fill: ink.muted, stroke: ink.outline },
            'kindEvent',
            'legendEvent',
          ),
        ]
      : [],
  swatches: { circle: dot },
};
