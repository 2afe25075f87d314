import { inkFor } from './ink';
import { corridorStates, haloStates } from './uncertainty-states';
import { localize, type Lang } from '../i18n/localize';
import { localized, ui } from '../i18n/strings';
import type { LocalizedText } from '../model/schema';
import type { Frame } from '../engine/frame-at';
import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import type { LegendEntry, RGBA } from './legend-entry';
import { isClaimed, isContested, isEstimated, pulsePhase, sideColor, sideLineStyle } from './symbology';

interface Ctx {
  scenario: Scenario;
  frame: Frame;
  theme: Theme;
}

/**
 * The legend for what is on the map at t, and nothing else: each entry appears only when the frame draws
 * something in that style. Built from the same predicates the layers use, so key and map cannot drift.
 */
export function legendForFrame(ctx: Ctx): LegendEntry[] {
  const { scenario, frame, theme } = ctx;
  const ink = inkFor(theme);
  const entries: LegendEntry[] = [];
  const add = (key: string, swatch: LegendEntry['swatch'], label: LocalizedText) =>
    entries.push({ key, swatch, label });
  // A side's short name in each language, so the entry reads right whichever language is shown.
  const sideText = (key: 'legendMoving' | 'legendHeld', side: string): LocalizedText => {
    const s = scenario.sideById.get(side);
    const name = (l: Lang) => (s ? localize(s.shortName ?? s.name, l) : side);
    return { en: ui('en', key, { side: name('en') }), fr: ui('fr', key, { side: name('fr') }) };
  };
  const hollowFill: RGBA = ink.halo;

  const movingSides = [
    ...new Set(frame.movements.filter((m) => m.status === 'moving').map((m) => m.feature.props.side)),
  ];
  for (const side of movingSides) {
    const hollow = sideLineStyle(scenario, side) === 'hollow';
    add(
      `move-${side}`,
      hollow
        ? { type: 'arrow', color: hollowFill, casing: sideColor(scenario, side) }
        : { type: 'arrow', color: sideColor(scenario, side), casing: ink.halo },
      sideText('legendMoving', side),
    );
  }
  if (frame.movements.some((m) => m.status === 'done')) {
    add(
      'move-done',
      { type: 'arrow', color: [...ink.muted.slice(0, 3), 150] as RGBA },
      localized('legendDone'),
    );
  }
  if (frame.movements.some((m) => isEstimated(m.feature.props))) {
    add(
      'route-estimated',
      { type: 'line', color: ink.muted, width: 4, dash: [10, 6] },
      localized('legendEstimated'),
    );
  }
  if ([...frame.movements, ...frame.events].some((s) => isClaimed(s.feature.props))) {
    add(
      'claimed',
      { type: 'circle', fill: ink.muted, stroke: ink.outline, ring: ink.outline },
      localized('legendClaimed'),
    );
  }
  if (corridorStates(frame).length) {
    add(
      'corridor',
      { type: 'corridor', fill: [...ink.muted.slice(0, 3), 70] as RGBA, stroke: ink.muted },
      localized('legendCorridor'),
    );
  }
  if (haloStates(frame).length) {
    add(
      'halo',
      { type: 'halo', fill: [...ink.muted.slice(0, 3), 50] as RGBA, stroke: ink.muted },
      localized('legendHalo'),
    );
  }
  const strikes = frame.events.filter((e) => e.feature.kind === 'strike');
  if (strikes.some((s) => pulsePhase(s, frame.t) !== null)) {
    add(
      'strike-now',
      { type: 'pulse', color: sideColor(scenario, strikes[0]!.feature.props.side) },
      localized('legendStrikeNow'),
    );
  }
  if (strikes.length) {
    add(
      'strike',
      { type: 'circle', fill: sideColor(scenario, strikes[0]!.feature.props.side), stroke: ink.outline },
      localized('legendStrike'),
    );
  }
  if (frame.events.some((e) => e.feature.geometry.type === 'Point' && e.feature.windowed && e.inWindow)) {
    add(
      'time-window',
      { type: 'circle', fill: [0, 0, 0, 0], stroke: ink.muted, ring: ink.outline },
      localized('legendWindow'),
    );
  }
  const zones = frame.events.filter((e) => e.feature.geometry.type === 'Polygon');
  if (zones.length) {
    const z = zones[0]!;
    add(
      'clash',
      {
        type: 'area',
        fill: sideColor(scenario, z.feature.props.side, 90),
        stroke: sideColor(scenario, z.feature.props.side),
      },
      localized('legendClash'),
    );
    if (zones.some((s) => isContested(s.feature.props))) {
      add(
        'contested',
        { type: 'area', fill: [0, 0, 0, 0], stroke: ink.outline, hatch: ink.muted },
        localized('legendContested'),
      );
    }
  }
  if (frame.events.some((e) => e.feature.kind !== 'strike' && e.feature.geometry.type === 'Point')) {
    add('event', { type: 'circle', fill: ink.muted, stroke: ink.outline }, localized('legendEvent'));
  }
  const holders = [...new Set(frame.places.flatMap((p) => (p.controller ? [p.controller] : [])))];
  for (const side of holders) {
    add(
      `held-${side}`,
      { type: 'circle', fill: sideColor(scenario, side), stroke: ink.outline },
      sideText('legendHeld', side),
    );
  }
  return entries;
}
