import { localize, type Lang } from '../../i18n/localize';
import { ui } from '../../i18n/strings';
import type { RGBA } from '../legend-entry';
import { sideColor, sideLineStyle } from '../symbology';
import { entry, withAlpha, type Mark, type SwatchOf, type SwatchPainter } from './mark';
import { css } from './paint';

/** The layers a movement is drawn with: campaign arrows, or slim tracks and heads when the map is dense. */
const MOVEMENT_LAYERS = [
  'movement-casing',
  'movement-trail',
  'movement-arrowhead-casing',
  'movement-arrowhead',
  'track-ribbons',
  'track-heads',
] as const;

/** A movement's trail (with an arrowhead for `arrow`), casing solid under a dashed trail as on the map. */
const trail: SwatchPainter<SwatchOf<'line' | 'arrow'>> = (ctx, swatch, { cy, x0, x1, k, dash }) => {
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
};

/** One swatch per side that moves or holds a place at t, in the scenario's order, named in both languages. */
export const sides: Mark = {
  id: 'sides',
  layers: [...MOVEMENT_LAYERS, 'place-marker'],
  legend: ({ scenario, frame, ink }) => {
    const holders = frame.places.flatMap((p) => (p.controller ? [p.controller] : []));
    const present = new Set([...frame.movements.map((m) => m.feature.props.side), ...holders]);
    return scenario.sides
      .filter((s) => present.has(s.id))
      .map((s) => {
        const name = (l: Lang) => localize(s.shortName ?? s.name, l);
        const hollow = sideLineStyle(scenario, s.id) === 'hollow';
        const color = sideColor(scenario, s.id);
        return {
          key: `side-${s.id}`,
          group: 'side' as const,
          swatch: hollow
            ? { type: 'arrow' as const, color: ink.halo, casing: color }
            : { type: 'arrow' as const, color, casing: ink.halo },
          label: { en: name('en'), fr: name('fr') },
          explanation: {
            en: ui('en', 'legendSide', { side: name('en') }),
            fr: ui('fr', 'legendSide', { side: name('fr') }),
          },
        };
      });
  },
  swatches: { line: trail, arrow: trail },
};

/** Finished movements: a faded arrow, or past a thousand in view the dot where each ended. */
export const movesDone: Mark = {
  id: 'moves-done',
  layers: MOVEMENT_LAYERS,
  legend: ({ frame, ink, density }) =>
    frame.movements.some((m) => m.status === 'done')
      ? [
          entry(
            'kind',
            'move-done',
            density?.doneDots
              ? { type: 'circle', fill: withAlpha(ink.muted, 150), stroke: withAlpha(ink.muted, 150) }
              : { type: 'arrow', color: withAlpha(ink.muted, 150) },
            'kindDone',
            density?.doneDots ? 'legendDoneDot' : 'legendDone',
          ),
        ]
      : [],
};
