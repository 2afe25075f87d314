import { ui, type StringKey } from '../../i18n/strings';
import type { Lang } from '../../i18n/localize';

const KEYS: Record<string, StringKey> = {
  movement: 'featureKindMovement',
  place: 'featureKindPlace',
  event: 'featureKindEvent',
  strike: 'featureKindStrike',
  clash: 'featureKindClash',
  area: 'featureKindArea',
};

/** The string key of a kind's name, or undefined for a kind the schema does not know. */
export const kindKey = (kind: unknown): StringKey | undefined =>
  typeof kind === 'string' ? KEYS[kind] : undefined;

/** The kind as the editor names it; an unknown kind (the problem list flags it) is shown as written. */
export function kindName(kind: unknown, lang: Lang): string {
  const key = kindKey(kind);
  return key ? ui(lang, key) : String(kind);
}
