import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { Scenario } from '../model/scenario';
import type { SourceSpec } from '../model/schema';
import { creditIn, publisherIn } from './credit-words';

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

/**
 * Publishers by how many features cite them; counted once per scenario, not per frame. Only the scenario's
 * listed sources count: the editor's stand-in for a source not yet given is not one.
 */
function rankedOutlets(scenario: Scenario): string[] {
  let outlets = outletsOf.get(scenario);
  if (outlets) return outlets;
  const publishers = new Map(scenario.sources.map((s) => [s.id, s.publisher]));
  const cites = new Map<string, number>();
  for (const f of scenario.features) {
    for (const id of f.props.sources) {
      const publisher = publishers.get(id);
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

/** The credits in `lang`: the built-in basemap's attributions and an imported file's source are translated. */
export function creditsFor(scenario: Scenario, source: readonly string[], lang: Lang): Credits {
  const outlets = rankedOutlets(scenario).map((o) => publisherIn(o, lang));
  const basemap = source.map((c) => creditIn(c, lang));
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
