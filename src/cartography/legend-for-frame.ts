import { contextLegend } from './context-legend';
import { inkFor } from './ink';
import { corridorStates, haloStates } from './uncertainty-states';
import { localize, type Lang } from '../i18n/localize';
import { localized, ui, type StringKey } from '../i18n/strings';
import type { Frame } from '../engine/frame-at';
import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import type { LegendEntry, LegendGroup, RGBA } from './legend-entry';
import { isClaimed, isContested, isEstimated, pulsePhase, sideColor, sideLineStyle } from './symbology';

interface Ctx {
  scenario: Scenario;
  frame: Frame;
  theme: Theme;
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
  if (frame.events.some((e) => e.feature.geometry.type === 'Point' && e.feature.windowed && e.inWindow))
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
    add('kind', 'move-done', { type: 'arrow', color: withAlpha(ink.muted, 150) }, 'kindDone', 'legendDone');
  const strikes = frame.events.filter((e) => e.feature.kind === 'strike');
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
  const zones = frame.events.filter((e) => e.feature.geometry.type === 'Polygon');
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
  if (frame.events.some((e) => e.feature.kind !== 'strike' && e.feature.geometry.type === 'Point'))
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
  entries.push(...contextLegend(scenario, frame.t, theme));
  return entries;
}
