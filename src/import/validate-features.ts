import { buildFeature } from '../scenario/build-feature';
import { idTaken } from '../scenario/load';
import type { LoadError } from '../scenario/load-error';
import type { ScenarioFeature } from '../model/scenario';
import {
  countVertices,
  tooManyFeatures,
  tooManyVertices,
  tooManyVerticesInGeometry,
  type Limits,
} from './limits';
import type { NoteList } from './notes';
import { simplifyLongLine } from './simplify-feature';
import type { ImportProgress } from './types';

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
  /** Per file, the raw features that passed, in their original order (long lines simplified). */
  kept: Map<string, unknown[]>;
  built: ScenarioFeature[];
  /** Problems with the features that were dropped. */
  rejected: LoadError[];
  /** Problems with features drawn all the same (a claim without its claimant, a side not declared…). */
  flawed: LoadError[];
  /** Limits exceeded by the import as a whole: nothing should load. */
  fatal: LoadError[];
}

export interface ValidateOptions {
  limits: Limits;
  /** Where a simplified line is noted; without it, lines over the limit are refused as before. */
  notes?: NoteList;
  progress?: (progress: ImportProgress) => void;
}

/**
 * Validates features one at a time with the loader's own `buildFeature`, so one bad feature costs only
 * itself, not the whole import; a feature that can still be drawn is kept, with its problems in `flawed`. Duplicate ids keep the first and reject the later ones, as the loader
 * would report them. A line over the per-geometry vertex limit is simplified to fit (and noted) rather than
 * refused; other geometries over it are refused with their real count.
 */
export function validateFeatures(
  collections: readonly Collection[],
  refs: { sides: ReadonlySet<string>; sources: ReadonlySet<string> },
  options: ValidateOptions,
): Validated {
  const { limits, notes, progress } = options;
  const out: Validated = { kept: new Map(), built: [], rejected: [], flawed: [], fatal: [] };
  const total = collections.reduce((n, c) => n + c.features.length, 0);
  const names = collections.map((c) => c.shownAs ?? c.file).join(', ');
  const tooMany = tooManyFeatures(names, total, limits);
  if (tooMany) return { ...out, fatal: [tooMany] };
  const seen = new Map<string, string>();
  let vertices = 0;
  let done = 0;
  progress?.({ phase: 'validating', done, total, unit: 'features' });
  for (const { file, features, origins, shownAs = file } of collections) {
    const kept: unknown[] = [];
    out.kept.set(file, kept);
    features.forEach((original, index) => {
      if (progress && ++done % 2000 === 0) progress({ phase: 'validating', done, total, unit: 'features' });
      const origin = origins?.[index];
      const rename = (e: LoadError): LoadError => ({
        ...e,
        file: shownAs,
        ...(origin ? { feature: origin } : {}),
      });
      let raw = original;
      let count = countVertices((raw as { geometry?: unknown } | null)?.geometry);
      if (count > limits.verticesPerGeometry && notes) {
        const simpler = simplifyLongLine(raw, limits.verticesPerGeometry, shownAs, notes);
        if (simpler) [raw, count] = [simpler.feature, simpler.vertices];
      }
      const overGeometry = tooManyVerticesInGeometry(shownAs, origin ?? `#${index}`, count, limits);
      if (overGeometry) {
        out.rejected.push(overGeometry);
        return;
      }
      const result = buildFeature(raw, index, { file, ...refs });
      const f = result.feature ?? result.drawable;
      if (!f) {
        out.rejected.push(...(result.errors ?? []).map(rename));
        return;
      }
      const other = seen.get(f.id);
      if (other !== undefined) {
        out.rejected.push(
          rename({
            file,
            feature: f.id,
            field: 'properties.id',
            value: JSON.stringify(f.id),
            ...idTaken(other),
          }),
        );
        return;
      }
      // Drawn, its problems listed: never dropped silently for what does not stop it being drawn.
      if (result.errors) out.flawed.push(...result.errors.map(rename));
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
