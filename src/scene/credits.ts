import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { Scenario } from '../model/scenario';
import type { SourceSpec } from '../model/schema';

/** Who the frame owes: the basemap's data and the scenario's outlets. */
export interface Credits {
  /** Attribution of each basemap source, as its style declares it. */
  basemap: string[];
  /** Outlets cited by the scenario, most cited first. */
  outlets: string[];
  /** Every source of the scenario, for the full list (with links) beside the map. */
  sources: readonly SourceSpec[];
  /** The line drawn on the frame: the basemap, then the three most-cited outlets and how many more. */
  line: string;
  /** The same in one short line, for small frames: the basemap and how many sources. */
  short: string;
}

/** The basemap's attributions, deduplicated, in the style's order. */
export function basemapCredits(style: StyleSpecification): string[] {
  return [
    ...new Set(
      Object.values(style.sources).flatMap((s) =>
        'attribution' in s && s.attribution ? [s.attribution] : [],
      ),
    ),
  ];
}

const outletsOf = new WeakMap<Scenario, string[]>();

/** Publishers by how many features cite them; counted once per scenario, not per frame. */
function rankedOutlets(scenario: Scenario): string[] {
  let outlets = outletsOf.get(scenario);
  if (outlets) return outlets;
  const cites = new Map<string, number>();
  for (const f of scenario.features) {
    for (const id of f.props.sources) {
      const publisher = scenario.sourceById.get(id)?.publisher;
      if (publisher) cites.set(publisher, (cites.get(publisher) ?? 0) + 1);
    }
  }
  outlets = [...cites.keys()].sort((a, b) => (cites.get(b) ?? 0) - (cites.get(a) ?? 0) || a.localeCompare(b));
  outletsOf.set(scenario, outlets);
  return outlets;
}

/** A credit by name alone, for one short line: "GeoNames (CC BY 4.0)" → "GeoNames", "Roads: X" → "Roads". */
function shortCredit(credit: string): string {
  return credit
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/:.*$/, '')
    .trim();
}

export function creditsFor(scenario: Scenario, basemap: readonly string[], lang: Lang): Credits {
  const outlets = rankedOutlets(scenario);
  const more = outlets.length - 3;
  const named = outlets.slice(0, 3).join(', ') + (more > 0 ? ` ${ui(lang, 'creditsMore', { n: more })}` : '');
  return {
    basemap: [...basemap],
    outlets,
    sources: scenario.sources,
    // A frame can show none of the basemap's sources (a user archive that does not reach the view).
    line: [...basemap, ui(lang, 'creditsSources', { names: named })].join(' · '),
    short: [...basemap.map(shortCredit), ui(lang, 'creditsCount', { n: scenario.sources.length })].join(
      ' · ',
    ),
  };
}
