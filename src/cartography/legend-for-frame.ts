import { contextLegend } from './context-legend';
import { inkFor } from './ink';
import { corridorStates, haloStates } from './uncertainty-states';
import { localize, type Lang } from '../i18n/localize';
import type { Frame } from '../engine/frame-at';
import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import type { LegendEntry, RGBA } from './legend-entry';
import { isClaimed, isContested, isEstimated, pulsePhase, sideColor, sideLineStyle } from './symbology';

interface Ctx {
  scenario: Scenario;
  frame: Frame;
  theme: Theme;
  lang: Lang;
}

/**
 * The legend for what is on the map at t, and nothing else: each entry appears only when the frame draws
 * something in that style. Built from the same predicates the layers use, so key and map cannot drift.
 */
export function legendForFrame(ctx: Ctx): LegendEntry[] {
  const { scenario, frame, theme, lang } = ctx;
  const ink = inkFor(theme);
  const entries: LegendEntry[] = [];
  const add = (key: string, swatch: LegendEntry['swatch'], en: string, fr: string) =>
    entries.push({ key, swatch, label: { en, fr } });
  const name = (side: string) => {
    const s = scenario.sideById.get(side);
    return s ? localize(s.shortName ?? s.name, lang) : side;
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
      `${name(side)}: movement under way`,
      `${name(side)} : mouvement en cours`,
    );
  }
  if (frame.movements.some((m) => m.status === 'done')) {
    add(
      'move-done',
      { type: 'arrow', color: [...ink.muted.slice(0, 3), 150] as RGBA },
      'Completed movement (faded)',
      'Mouvement achevé (estompé)',
    );
  }
  if (frame.movements.some((m) => isEstimated(m.feature.props))) {
    add(
      'route-estimated',
      { type: 'line', color: ink.muted, width: 4, dash: [10, 6] },
      'Dashed: route or position estimated',
      'Tirets : itinéraire ou position estimés',
    );
  }
  if ([...frame.movements, ...frame.events].some((s) => isClaimed(s.feature.props))) {
    add(
      'claimed',
      { type: 'circle', fill: ink.muted, stroke: ink.outline, ring: ink.outline },
      'Claimed by one side only (label says who)',
      'Revendiqué par un seul camp (l’étiquette dit lequel)',
    );
  }
  if (corridorStates(frame).length) {
    add(
      'corridor',
      { type: 'corridor', fill: [...ink.muted.slice(0, 3), 70] as RGBA, stroke: ink.muted },
      'Band: route not known, lies somewhere inside',
      'Bande : itinéraire inconnu, situé quelque part à l’intérieur',
    );
  }
  if (haloStates(frame).length) {
    add(
      'halo',
      { type: 'halo', fill: [...ink.muted.slice(0, 3), 50] as RGBA, stroke: ink.muted },
      'Circle: position known only to within its radius',
      'Cercle : position connue à son rayon près',
    );
  }
  const strikes = frame.events.filter((e) => e.feature.kind === 'strike');
  if (strikes.some((s) => pulsePhase(s, frame.t) !== null)) {
    add(
      'strike-now',
      { type: 'pulse', color: sideColor(scenario, strikes[0]!.feature.props.side) },
      'Drone strike under way',
      'Frappe de drone en cours',
    );
  }
  if (strikes.length) {
    add(
      'strike',
      { type: 'circle', fill: sideColor(scenario, strikes[0]!.feature.props.side), stroke: ink.outline },
      'Drone strike (fades with time)',
      'Frappe de drone (s’estompe avec le temps)',
    );
  }
  if (frame.events.some((e) => e.feature.geometry.type === 'Point' && e.feature.windowed && e.inWindow)) {
    add(
      'time-window',
      { type: 'circle', fill: [0, 0, 0, 0], stroke: ink.muted, ring: ink.outline },
      'Dashed ring: exact time unknown, only a window',
      'Anneau en tirets : heure inconnue, seulement une fenêtre',
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
      'Area of fighting (bright while it lasts)',
      'Zone de combats (vive pendant les combats)',
    );
    if (zones.some((s) => isContested(s.feature.props))) {
      add(
        'contested',
        { type: 'area', fill: [0, 0, 0, 0], stroke: ink.outline, hatch: ink.muted },
        'Dashed edge: outcome contested, both sides claim it',
        'Bord en tirets : issue contestée, revendiquée par les deux camps',
      );
    }
  }
  if (frame.events.some((e) => e.feature.kind !== 'strike' && e.feature.geometry.type === 'Point')) {
    add(
      'event',
      { type: 'circle', fill: ink.muted, stroke: ink.outline },
      'Reported event',
      'Événement rapporté',
    );
  }
  const holders = [...new Set(frame.places.flatMap((p) => (p.controller ? [p.controller] : [])))];
  for (const side of holders) {
    add(
      `held-${side}`,
      { type: 'circle', fill: sideColor(scenario, side), stroke: ink.outline },
      `Held by ${name(side)}`,
      `Tenu par ${name(side)}`,
    );
  }
  entries.push(...contextLegend(scenario, frame.t, theme, lang));
  return entries;
}
