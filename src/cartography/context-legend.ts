import { localize, type Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import type { Theme } from '../model/theme';
import type { LegendEntry, RGBA } from './legend-entry';

/** Context is drawn in one subdued colour, apart from every side's, so the campaign reads over it. */
export function contextInk(theme: Theme): { line: RGBA; fill: RGBA; point: RGBA } {
  return theme === 'projector'
    ? { line: [150, 172, 196, 200], fill: [150, 172, 196, 40], point: [170, 190, 210, 230] }
    : { line: [84, 98, 122, 200], fill: [84, 98, 122, 35], point: [70, 84, 108, 230] };
}

/** True when the context feature is on the map at `t` (always, unless it has a time or window). */
export function contextVisibleAt(f: ScenarioFeature, t: number): boolean {
  return f.appears <= t && t <= f.until;
}

/** The legend's name of a feature's context layer: its `layer`, else the file it came from. */
export function contextLayerName(f: ScenarioFeature, lang: Lang): string {
  return f.props.layer ? localize(f.props.layer, lang) : f.file;
}

/**
 * One legend entry per context layer on the map at `t`, named by the layer ("roads.geojson"; "Context:
 * roads.geojson" when explained), drawn as the layer's first geometry is (area, line or point).
 */
export function contextLegend(scenario: Scenario, t: number, theme: Theme): LegendEntry[] {
  const ink = contextInk(theme);
  const seen = new Map<string, ScenarioFeature>();
  for (const f of scenario.context) {
    if (!contextVisibleAt(f, t)) continue;
    const name = contextLayerName(f, 'en');
    if (!seen.has(name)) seen.set(name, f);
  }
  return [...seen].map(([name, f]) => {
    const type = f.geometry.type;
    const swatch: LegendEntry['swatch'] = /Polygon/.test(type)
      ? { type: 'area', fill: ink.fill, stroke: ink.line }
      : /Point/.test(type)
        ? { type: 'circle', fill: ink.point, stroke: ink.line }
        : { type: 'line', color: ink.line, width: 2 };
    const fr = contextLayerName(f, 'fr');
    return {
      key: `context-${name}`,
      group: 'context' as const,
      swatch,
      label: { en: name, fr },
      explanation: {
        en: ui('en', 'legendContext', { name }),
        fr: ui('fr', 'legendContext', { name: fr }),
      },
    };
  });
}
