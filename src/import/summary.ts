import { expected, type LoadError } from '../scenario/load-error';
import { pair } from '../i18n/strings';

/** The error when an import ends with nothing to show. */
export function nothingLoaded(file: string): LoadError {
  return {
    file,
    field: 'features',
    value: 'none',
    ...expected(...pair('expectLeastFeatureShow')),
  };
}
