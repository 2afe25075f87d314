import { inkFor } from './ink';
import type { Frame } from '../frame/frame-at';
import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import type { LegendEntry } from './legend-entry';
import type { Density } from './density';
import { marksLegend } from './marks/registry';

export { densityLegend } from './marks/density';

interface Ctx {
  scenario: Scenario;
  frame: Frame;
  theme: Theme;
  /** The frame's density (`densityInView`): a line saying how a dense map is drawn; none at the campaign tier. */
  density?: Density;
}

/**
 * The legend for what is on the map at t, and nothing else, grouped and short: the sides, then one row of
 * uncertainty marks, then the kinds of event. Each mark (cartography/marks/) keys itself only when the frame
 * draws something in its style, decided with the same predicates its layers draw with.
 */
export function legendForFrame(ctx: Ctx): LegendEntry[] {
  return marksLegend({
    ...ctx,
    ink: inkFor(ctx.theme),
    grouped: ctx.density?.aggregateEvents ?? false,
  });
}
