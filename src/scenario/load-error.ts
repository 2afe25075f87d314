/** One problem found while loading a scenario, precise enough for a user to find and fix it. */
export interface LoadError {
  /** File the problem is in, relative to the scenario folder (e.g. `events.geojson`). */
  file: string;
  /** Feature id, or `#index` when the feature has no usable id; absent for file-level problems. */
  feature?: string;
  /** Dotted path of the offending field, e.g. `properties.coordTimes[3]`; empty for the whole file. */
  field: string;
  /** Short rendering of the offending value. */
  value: string;
  /** What was expected. */
  message: string;
}

const MAX_VALUE_CHARS = 80;

/** Renders a value for an error message: short, single-line, never executable. */
export function describeValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'nothing';
  else if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  else if (typeof value === 'string') text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = text.replace(/\s+/g, ' ');
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function formatLoadError(error: LoadError): string {
  const where = [error.file, error.feature ? `feature ${error.feature}` : '', error.field]
    .filter(Boolean)
    .join(' › ');
  return `${where}: ${error.message} (got ${error.value})`;
}

/** Thrown by APIs that cannot return a result union, carrying every problem found. */
export class ScenarioLoadError extends Error {
  readonly errors: readonly LoadError[];
  constructor(errors: readonly LoadError[]) {
    const head = errors.slice(0, 5).map(formatLoadError).join('\n');
    const more = errors.length > 5 ? `\n…and ${errors.length - 5} more` : '';
    super(`Scenario rejected with ${errors.length} problem(s):\n${head}${more}`);
    this.name = 'ScenarioLoadError';
    this.errors = errors;
  }
}
