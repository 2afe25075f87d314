import { checkManifest, MANIFEST_FILE } from '../../scenario/load';
import { assembleScenario } from '../../scenario/assemble-scenario';
import { buildFeature } from '../../scenario/build-feature';
import type { LoadError } from '../../scenario/load-error';
import type { Scenario, ScenarioFeature } from '../../model/scenario';
import type { Manifest } from '../../model/schema';
import { geojsonFiles, type DocEntry, type DraftDoc } from './draft-doc';

/** What the editor shows for a draft: everything the loader would reject, and the part it can draw. */
export interface DraftCheck {
  /** Every problem, as the loader words it; features are named by id, so a click can select them. */
  problems: LoadError[];
  /**
   * The preview: the draft with every feature that can be drawn (problems and all), without those that cannot
   * (no valid geometry); undefined when scenario.json itself is unusable.
   */
  scenario?: Scenario;
}

/**
 * A source that stands in, in the preview only, for the ones not yet given: a feature just drawn is drawn
 * at once (with "no source yet" in its panel and the credits) while its missing source is listed as a
 * problem. Never written to the files.
 */
export const UNSOURCED = 'sandtable.unsourced';

/**
 * The preview without the stand-in among its sources: it is no source, so neither the credits nor the
 * Sources panel list it. Features still find it by id (`sourceById`), for their panel to say "no source yet".
 */
function withoutStandIn(scenario: Scenario): Scenario {
  const sources = scenario.sources.filter((s) => s.id !== UNSOURCED);
  return sources.length === scenario.sources.length ? scenario : { ...scenario, sources };
}

interface Built {
  key: string;
  errors: LoadError[];
  feature?: ScenarioFeature;
}

const hasNoSources = (e: DocEntry) => {
  const s = e.feature.properties.sources;
  return !Array.isArray(s) || s.length === 0;
};

/**
 * Checks drafts with the loader's own code (`checkManifest`, `buildFeature`, `assembleScenario`), keeping each
 * feature's result until that feature or the ids it may refer to change: an edit re-checks one feature, not
 * a thousand.
 */
export class DraftChecker {
  #built = new WeakMap<DocEntry, Built>();

  check(doc: DraftDoc, unsourcedTitle: string): DraftCheck {
    const problems: LoadError[] = [];
    const strict = checkManifest(doc.manifest, problems);
    const anyUnsourced = doc.entries.some(hasNoSources);
    const sources = Array.isArray(doc.manifest.sources) ? doc.manifest.sources : [];
    const needsStandIn = anyUnsourced || sources.length === 0;
    const standIn = { id: UNSOURCED, title: unsourcedTitle, publisher: unsourcedTitle, date: '2000' };
    const manifest: Manifest | undefined =
      strict && !needsStandIn
        ? strict
        : checkManifest(
            needsStandIn ? { ...doc.manifest, sources: [...sources, standIn] } : doc.manifest,
            [],
          );

    // As the loader does: features are only checked against a usable scenario.json (their side and source
    // references would all fail otherwise, burying the one problem that matters).
    if (!manifest) return { problems };
    const sideIds = new Set(manifest.sides.map((s) => s.id));
    const sourceIds = new Set((strict ?? manifest).sources.map((s) => s.id));
    sourceIds.delete(UNSOURCED);
    const key = [...sideIds].join(',') + '|' + [...sourceIds].join(',');
    const order = new Map(geojsonFiles(doc.manifest).map((f, i) => [f, i]));
    const built: ScenarioFeature[] = [];
    const entries = [...doc.entries].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
    entries.forEach((entry, index) => {
      let result = this.#built.get(entry);
      if (!result || result.key !== key) {
        result = this.#build(entry, index, sideIds, sourceIds, key);
        this.#built.set(entry, result);
      }
      problems.push(...result.errors);
      if (result.feature) built.push(result.feature);
    });
    const assembled = assembleScenario(manifest, built);
    if (assembled.ok) return { problems, scenario: withoutStandIn(assembled.scenario) };
    // Two features with one id: listed as a problem, and the preview shows the first of them meanwhile.
    problems.push(...assembled.errors);
    const ids = new Set<string>();
    const unique = built.filter((f) => !ids.has(f.id) && (ids.add(f.id), true));
    const preview = assembleScenario(manifest, unique);
    return { problems, ...(preview.ok && { scenario: withoutStandIn(preview.scenario) }) };
  }

  #build(
    entry: DocEntry,
    index: number,
    sides: ReadonlySet<string>,
    sources: ReadonlySet<string>,
    key: string,
  ): Built {
    const ctx = { file: entry.file, sides, sources };
    const strict = buildFeature(entry.feature, index, ctx);
    // A feature with a problem is drawn as far as it can be, and the problem listed.
    if (!hasNoSources(entry))
      return { key, errors: strict.errors ?? [], feature: strict.feature ?? strict.drawable };
    // Drawn without a source yet: drawn with the stand-in, and listed with the loader's complaint about the
    // sources plus whatever else is wrong (the schema error alone would hide the feature's other problems).
    const standIn = { ...entry.feature, properties: { ...entry.feature.properties, sources: [UNSOURCED] } };
    const preview = buildFeature(standIn, index, { ...ctx, sources: new Set([...sources, UNSOURCED]) });
    const seen = new Set((strict.errors ?? []).map((e) => `${e.field}\u0000${e.message}`));
    const others = (preview.errors ?? []).filter((e) => !seen.has(`${e.field}\u0000${e.message}`));
    return {
      key,
      errors: [...(strict.errors ?? []), ...others],
      feature: preview.feature ?? preview.drawable,
    };
  }
}

/** True when the problem is about scenario.json rather than a feature. */
export const isManifestProblem = (p: LoadError): boolean => p.file === MANIFEST_FILE;
