import { expected, type LoadError } from '../scenario/load-error';

/** The error when an import ends with nothing to show. */
export function nothingLoaded(file: string): LoadError {
  return {
    file,
    field: 'features',
    value: 'none',
    ...expected('at least one feature to show', 'au moins un élément à montrer'),
  };
}
