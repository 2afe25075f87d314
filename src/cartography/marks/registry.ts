import type { Swatch } from '../legend-entry';
import { claimed, estimated, timeWindow } from './certainty';
import { clashes } from './clashes';
import { context } from './context';
import { corridor } from './corridor';
import { dense } from './density';
import { events } from './events';
import { halo } from './halo';
import type { LegendContext, Mark, SwatchPainter, SwatchPainters, SwatchPlace } from './mark';
import { movesDone, sides } from './movements';
import type { PaintCtx } from './paint';
import { places } from './places';
import { strikes } from './strikes';

/**
 * Every mark, in the order the legend reads: who (the sides), how sure (the uncertainty marks), what (the
 * kinds of event), how a dense map is drawn, and the context under it all. A new mark is one module here.
 */
export const MARKS: readonly Mark[] = [
  sides,
  estimated,
  claimed,
  timeWindow,
  corridor,
  halo,
  movesDone,
  strikes,
  clashes,
  events,
  places,
  dense,
  context,
];

/** The legend of a frame: each mark's rule in turn. */
export function marksLegend(ctx: LegendContext) {
  return MARKS.flatMap((mark) => mark.legend(ctx));
}

const PAINTERS = Object.assign({}, ...MARKS.map((m) => m.swatches ?? {})) as SwatchPainters;

/** Draws a swatch with the painter of the mark that owns its type (`symbol` is the furniture's own). */
export function paintSwatch(
  ctx: PaintCtx,
  swatch: Exclude<Swatch, { type: 'symbol' }>,
  at: SwatchPlace,
): void {
  (PAINTERS[swatch.type] as SwatchPainter<typeof swatch>)(ctx, swatch, at);
}
