import type { RGBA } from '../legend-entry';
import { pulsePhase, sideColor } from '../symbology';
import { entry, type Mark, type SwatchOf, type SwatchPainter } from './mark';
import { circle, css } from './paint';

/** Same colour, alpha scaled: the pulse's outer rings fade as they do on the map. */
function fade([r, g, b, a]: RGBA, factor: number): RGBA {
  return [r, g, b, Math.round(a * factor)];
}

/** A strike under way: concentric rings fading outwards round a dot. */
const pulse: SwatchPainter<SwatchOf<'pulse'>> = (ctx, swatch, { cx, cy, k }) => {
  ctx.lineWidth = 2.25 * k;
  [4.5, 8.5, 12.5].forEach((r, i) => {
    circle(ctx, cx, cy, r * k);
    ctx.strokeStyle = css(fade(swatch.color, [1, 0.6, 0.3][i] ?? 1));
    ctx.stroke();
  });
  circle(ctx, cx, cy, 2 * k);
  ctx.fillStyle = css(swatch.color);
  ctx.fill();
};

/**
 * Strikes in the first striker's colour: pulsing while one is under way, else the burst they leave. Grouped
 * by area, strikes are the cells' discs and the density line says so.
 */
export const strikes: Mark = {
  id: 'strikes',
  layers: ['strike-pulse', 'strike-casing', 'strike-marker'],
  legend: ({ scenario, frame, ink, grouped }) => {
    const all = grouped ? [] : frame.events.filter((e) => e.feature.kind === 'strike');
    if (!all[0]) return [];
    const color = sideColor(scenario, all[0].feature.props.side);
    const now = all.some((s) => pulsePhase(s, frame.t) !== null);
    return [
      now
        ? entry('kind', 'strike-now', { type: 'pulse', color }, 'kindStrikeNow', 'legendStrikeNow')
        : entry(
            'kind',
            'strike',
            { type: 'circle', fill: color, stroke: ink.outline },
            'kindStrike',
            'legendStrike',
          ),
    ];
  },
  swatches: { pulse },
};
