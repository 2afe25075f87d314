import { contextLegend } from './context-legend';
import { inkFor } from './ink';
import { corridorStates, haloStates } from './uncertainty-states';
import { zoneStates } from './event-columns';
import { localize, type Lang } from '../i18n/localize';
import { localized, ui, type StringKey } from '../i18n/strings';
import type { Frame } from '../engine/frame-at';
import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import type { LegendEntry, LegendGroup, RGBA } from './legend-entry';
import type { Density } from './density';
import type { LocalizedText } from '../model/schema';
import { isClaimed, isContested, isEstimated, pulsePhase, sideColor, sideLineStyle } from './symbology';

interface Ctx {
  scenario: Scenario;
  frame: Frame;
  theme: Theme;
  /** The frame's density (`densityInView`): a line saying how a dense map is drawn; none at the campaign tier. */
  density?: Density;
}

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

const withAlpha = ([r, g, b]: RGBA, a: number): RGBA => [r, g, b, a];

/**
 * The legend for what is on the map at t, and nothing else, grouped and short: the sides, then one row of
 * uncertainty marks, then the kinds of event. Each entry appears only when the frame draws something in
 * that style, and is decided with the same predicates the layers draw with, so key and map cannot drift.
 */
export function legendForFrame(ctx: Ctx): LegendEntry[] {
  const { scenario, frame, theme } = ctx;
  const ink = inkFor(theme);
  const entries: LegendEntry[] = [];
  const grouped = ctx.density?.aggregateEvents ?? false;
  const add = (
    group: LegendGroup,
    key: string,
    swatch: LegendEntry['swatch'],
    word: StringKey,
    explanation: StringKey,
  ) => entries.push({ key, group, swatch, label: localized(word), explanation: localized(explanation) });
  // A side's short name in each language, so the entry reads right whichever language is shown.
  const sideName = (side: string): { en: string; fr: string } => {
    const s = scenario.sideById.get(side);
    const name = (l: Lang) => (s ? localize(s.shortName ?? s.name, l) : side);
    return { en: name('en'), fr: name('fr') };
  };

  const holders = frame.places.flatMap((p) => (p.controller ? [p.controller] : []));
  const sides = [...new Set([...frame.movements.map((m) => m.feature.props.side), ...holders])];
  for (const side of scenario.sides.map((s) => s.id).filter((id) => sides.includes(id))) {
    const hollow = sideLineStyle(scenario, side) === 'hollow';
    const name = sideName(side);
    entries.push({
      key: `side-${side}`,
      group: 'side',
      swatch: hollow
        ? { type: 'arrow', color: ink.halo, casing: sideColor(scenario, side) }
        : { type: 'arrow', color: sideColor(scenario, side), casing: ink.halo },
      label: name,
      explanation: {
        en: ui('en', 'legendSide', { side: name.en }),
        fr: ui('fr', 'legendSide', { side: name.fr }),
      },
    });
  }

  const drawn = [...frame.movements, ...frame.events];
  if (frame.movements.some((m) => isEstimated(m.feature.props)))
    add(
      'mark',
      'estimated',
      { type: 'line', color: ink.muted, width: 4, dash: [10, 6] },
      'markEstimated',
      'legendEstimated',
    );
  if (drawn.some((s) => isClaimed(s.feature.props)))
    add(
      'mark',
      'claimed',
      { type: 'line', color: ink.muted, width: 4, dash: [3, 6] },
      'markClaimed',
      'legendClaimed',
    );
  if (
    !grouped &&
    frame.events.some((e) => e.feature.geometry.type === 'Point' && e.feature.windowed && e.inWindow)
  )
    add(
      'mark',
      'time-window',
      { type: 'circle', fill: [0, 0, 0, 0], stroke: ink.muted, ring: ink.outline },
      'markWindow',
      'legendWindow',
    );
  if (corridorStates(frame).length)
    add(
      'mark',
      'corridor',
      { type: 'corridor', fill: withAlpha(ink.muted, 70), stroke: ink.muted },
      'markCorridor',
      'legendCorridor',
    );
  if (haloStates(frame).length)
    add(
      'mark',
      'halo',
      { type: 'halo', fill: withAlpha(ink.muted, 50), stroke: ink.muted },
      'markRadius',
      'legendHalo',
    );

  if (frame.movements.some((m) => m.status === 'done'))
    add(
      'kind',
      'move-done',
      // Past a thousand in view, finished movements are the dot where each ended, and the key shows that.
      ctx.density?.doneDots
        ? { type: 'circle', fill: withAlpha(ink.muted, 150), stroke: withAlpha(ink.muted, 150) }
        : { type: 'arrow', color: withAlpha(ink.muted, 150) },
      'kindDone',
      ctx.density?.doneDots ? 'legendDoneDot' : 'legendDone',
    );
  // Grouped by area, strikes and events are drawn as the cells' discs: the density line says so.
  const strikes = grouped ? [] : frame.events.filter((e) => e.feature.kind === 'strike');
  const strikeColor = strikes[0] && sideColor(scenario, strikes[0].feature.props.side);
  if (strikeColor) {
    const now = strikes.some((s) => pulsePhase(s, frame.t) !== null);
    add(
      'kind',
      now ? 'strike-now' : 'strike',
      now
        ? { type: 'pulse', color: strikeColor }
        : { type: 'circle', fill: strikeColor, stroke: ink.outline },
      now ? 'kindStrikeNow' : 'kindStrike',
      now ? 'legendStrikeNow' : 'legendStrike',
    );
  }
  const zones = zoneStates(scenario, frame);
  if (zones[0]) {
    const side = zones[0].feature.props.side;
    add(
      'kind',
      'clash',
      { type: 'area', fill: sideColor(scenario, side, 90), stroke: sideColor(scenario, side) },
      'kindClash',
      'legendClash',
    );
    if (zones.some((s) => isContested(s.feature.props)))
      add(
        'kind',
        'contested',
        { type: 'area', fill: [0, 0, 0, 0], stroke: ink.outline, hatch: ink.muted },
        'kindContested',
        'legendContested',
      );
  }
  if (
    !grouped &&
    frame.events.some((e) => e.feature.kind !== 'strike' && e.feature.geometry.type === 'Point')
  )
    add(
      'kind',
      'event',
      { type: 'circle', fill: ink.muted, stroke: ink.outline },
      'kindEvent',
      'legendEvent',
    );
  if (holders[0])
    add(
      'kind',
      'held',
      { type: 'circle', fill: sideColor(scenario, holders[0]), stroke: ink.outline },
      'kindHeld',
      'legendHeld',
    );
  if (ctx.density) entries.push(...densityLegend(ctx.density, ink));
  entries.push(...contextLegend(scenario, frame.t, theme));
  return entries;
}
