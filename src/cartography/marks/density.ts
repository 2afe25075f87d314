import type { Lang } from '../../i18n/localize';
import { localized, ui, type StringKey } from '../../i18n/strings';
import type { LocalizedText } from '../../model/schema';
import type { Density } from '../density';
import type { inkFor } from '../ink';
import type { LegendEntry } from '../legend-entry';
import { withAlpha, type Mark } from './mark';

const count = (n: number, lang: Lang) => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(n);
const inBoth = (key: StringKey, values: (lang: Lang) => Record<string, string>): LocalizedText => ({
  en: ui('en', key, values('en')),
  fr: ui('fr', key, values('fr')),
});

/**
 * How a dense frame is drawn, in the legend's words: "1,024 movements", explained as slim tracks or heads
 * and the label budget; events grouped by area. Nothing at the campaign tier with every label.
 */
export function densityLegend(density: Density, ink: ReturnType<typeof inkFor>): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const labels = (lang: Lang) => count(density.labelBudget, lang);
  if (density.tier !== 'campaign') {
    const values = (lang: Lang) => ({
      n: count(density.movements, lang),
      moving: count(density.moving, lang),
      labels: labels(lang),
    });
    entries.push({
      key: `density-${density.tier}`,
      group: 'kind',
      swatch:
        density.tier === 'tracks'
          ? { type: 'line', color: ink.muted, width: 3, casing: ink.halo }
          : { type: 'line', color: withAlpha(ink.muted, 160), width: 1.5 },
      label: inBoth('kindDensity', (lang) => ({ n: count(density.movements, lang) })),
      explanation: inBoth(
        density.tier === 'tracks'
          ? density.doneDots
            ? 'legendDensityTracksDots'
            : 'legendDensityTracks'
          : density.doneDots
            ? 'legendDensityHeadsDots'
            : 'legendDensityHeads',
        values,
      ),
    });
  }
  if (density.aggregateEvents)
    entries.push({
      key: 'event-cells',
      group: 'kind',
      swatch: { type: 'circle', fill: withAlpha(ink.muted, 200), stroke: ink.outline },
      label: localized('kindGrouped'),
      explanation: inBoth('legendGrouped', (lang) => ({
        n: count(density.events, lang),
      })),
    });
  return entries;
}

/** A dense map: slim tracks or heads instead of arrows, events grouped by area into counted discs. */
export const dense: Mark = {
  id: 'dense',
  layers: ['track-ribbons', 'track-heads', 'event-cells', 'event-cell-counts'],
  legend: ({ density, ink }) => (density ? densityLegend(density, ink) : []),
};
