import { ui, type StringKey } from '../i18n/strings';
import type { Lang } from '../i18n/localize';

const KEYS: Record<string, StringKey> = {
  movement: 'kindMovement',
  place: 'kindPlace',
  event: 'kindEvent',
  strike: 'kindStrike',
  clash: 'kindClash',
  area: 'kindArea',
};

/** The kind as the editor names it; an unknown kind (the problem list flags it) is shown as written. */
export function kindName(kind: unknown, lang: Lang): string {
  const key = typeof kind === 'string' ? KEYS[kind] : undefined;
  return key ? ui(lang, key) : String(kind);
}
