import { formatLoadError, type LoadError } from '../scenario/load-error';
import { countRejected } from './validate-features';

const SHOWN = 3;

/** "412 events loaded, 3 rejected: …": the line a user reads first; the full list is in `rejected`. */
export function summarize(
  loaded: number,
  noun: 'events' | 'features',
  rejected: readonly LoadError[],
): string {
  const what = loaded === 1 ? noun.slice(0, -1) : noun;
  const head = `${loaded} ${what} loaded`;
  if (!rejected.length) return `${head}.`;
  const shown = rejected.slice(0, SHOWN).map(formatLoadError).join('; ');
  const more = rejected.length > SHOWN ? `; and ${rejected.length - SHOWN} more problem(s)` : '';
  return `${head}, ${countRejected(rejected)} rejected: ${shown}${more}.`;
}

/** The error when an import ends with nothing to show and no other problem to blame. */
export function nothingLoaded(file: string): LoadError {
  return { file, field: 'features', value: 'none', message: 'at least one feature to show' };
}
