import { ui } from '../../i18n/strings';
import { kindKey } from './kind-name';

/** The label a drawn feature starts with, from its id: "Movement 3" / "Mouvement 3". */
export function defaultLabel(id: string, kind: string): { en: string; fr: string } {
  const n = id.slice(id.lastIndexOf('-') + 1);
  const key = kindKey(kind) ?? 'featureKindEvent';
  return { en: `${ui('en', key)} ${n}`, fr: `${ui('fr', key)} ${n}` };
}
