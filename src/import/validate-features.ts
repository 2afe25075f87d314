import { buildFeature } from '../scenario/build-feature';
import type { LoadError } from '../scenario/load-error';
import type { ScenarioFeature } from '../model/scenario';
import {
  countVertices,
  tooManyFeatures,
  tooManyVertices,
  tooManyVerticesInGeometry,
  type Limits,
} from './limits';

export interface Collection {
  /** Path of the GeoJSON file in the scenario folder. */
  file: string;
  features: unknown[];
  /** Per feature, what errors call it instead of its id (`row 12`). */
  origins?: string[];
  /** The file errors name, when not `file`: the CSV or GPX the features were made from. */
  shownAs?: string;
}

export interface Validated {
  /** Per file, the raw features that passed, in their original order. */
  kept: Map<string, unknown[]>;
  built: ScenarioFeature[];
  /** Problems with the features that were dropped. */
  rejected: LoadError[];
  /** Limits exceeded by the import as a whole: nothing should load. */
  fatal: LoadError[];
}

/**
 * Validates features one at a time with the loader's own `buildFeature`, so one bad feature costs only
 * itself, not the whole import. Duplicate ids keep the first and reject the later ones, as the loader
 * would report them.
 */
export function validateFeatures(
  collections: readonly Collection[],
  refs: { sides: ReadonlySet<string>; sources: ReadonlySet<string> },
  limits: Limits,
): Validated {
  const out: Validated = { kept: new Map(), built: [], rejected: [], fatal: [] };
  const total = collections.reduce((n, c) => n + c.features.length, 0);
  const names = collections.map((c) => c.shownAs ?? c.file).join(', ');
  const tooMany = tooManyFeatures(names, total, limits);
  if (tooMany) return { ...out, fatal: [tooMany] };
  const seen = new Map<string, string>();
  let vertices = 0;
  for (const { file, features, origins, shownAs = file } of collections) {
    const kept: unknown[] = [];
    out.kept.set(file, kept);
    features.forEach((raw, index) => {
      const origin = origins?.[index];
      const rename = (e: LoadError): LoadError => ({
        ...e,
        file: shownAs,
        ...(origin ? { feature: origin } : {}),
      });
      const geometry = (raw as { geometry?: unknown } | null)?.geometry;
      const count = countVertices(geometry, limits.verticesPerGeometry);
      const label = origin ?? `#${index}`;
      const overGeometry = tooManyVerticesInGeometry(shownAs, label, count, limits);
      if (overGeometry) {
        out.rejected.push(overGeometry);
        return;
      }
      const result = buildFeature(raw, index, { file, ...refs });
      if (result.errors) {
        out.rejected.push(...result.errors.map(rename));
        return;
      }
      const f = result.feature;
      const other = seen.get(f.id);
      if (other !== undefined) {
        out.rejected.push(
          rename({
            file,
            feature: f.id,
            field: 'properties.id',
            value: JSON.stringify(f.id),
            message: `an id not already used (also in ${other})`,
          }),
        );
        return;
      }
      seen.set(f.id, origin ? `${shownAs} ${origin}` : shownAs);
      vertices += count;
      kept.push(raw);
      out.built.push(f);
    });
  }
  const overTotal = tooManyVertices(names, vertices, limits);
  if (overTotal) out.fatal.push(overTotal);
  return out;
}

/** How many features or rows the errors are about (a feature with three problems counts once). */
export function countRejected(errors: readonly LoadError[]): number {
  return new Set(errors.map((e) => `${e.file}\u0000${e.feature ?? ''}\u0000${e.feature ? '' : e.field}`))
    .size;
}
