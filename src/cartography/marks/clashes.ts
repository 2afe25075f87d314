import { zoneStates } from '../event-columns';
import { isContested, sideColor } from '../symbology';
import { entry, type Mark, type SwatchOf, type SwatchPainter } from './mark';
import { css } from './paint';

/** An area, filled and outlined; `hatch` draws diagonal hatching over it (contested). */
const area: SwatchPainter<SwatchOf<'area'>> = (ctx, swatch, { box, k }) => {
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
};

/** Clash zones in the first zone's side colour, and a hatched row when any of them is contested. */
export const clashes: Mark = {
  id: 'clashes',
  layers: ['clash-zone'],
  legend: ({ scenario, frame, ink }) => {
    const zones = zoneStates(scenario, frame);
    if (!zones[0]) return [];
    const side = zones[0].feature.props.side;
    const fill = sideColor(scenario, side, 90);
    return [
      entry(
        'kind',
        'clash',
        { type: 'area', fill, stroke: sideColor(scenario, side) },
        'kindClash',
        'legendClash',
      ),
      ...(zones.some((s) => isContested(s.feature.props))
        ? [
            entry(
              'kind',
              'contested',
              { type: 'area', fill: [0, 0, 0, 0], stroke: ink.outline, hatch: ink.muted },
              'kindContested',
              'legendContested',
            ),
          ]
        : []),
    ];
  },
  swatches: { area },
};
