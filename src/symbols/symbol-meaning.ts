import type { Lang } from '../i18n/localize';
import { parseSidc, type Affiliation } from './sidc';
import {
  AFFILIATION_NAMES,
  ECHELON_NAMES,
  ENTITY_NAMES,
  HQ_TF_NAMES,
  PLANNED,
  SYMBOL_SET_NAMES,
} from './sidc-names';

/**
 * A symbol's meaning in words, read from its SIDC: "Motorised infantry, task force, battalion (hostile)".
 * With no point of view (`side`), the parenthesis names the side instead of a friend/hostile judgement.
 */
export function symbolMeaning(sidc: string, affiliation: Affiliation, lang: Lang, sideName = ''): string {
  const f = parseSidc(sidc);
  const set = SYMBOL_SET_NAMES[f.symbolSet]?.[lang] ?? (lang === 'fr' ? 'Symbole' : 'Symbol');
  const named = ENTITY_NAMES[f.symbolSet]?.[f.entity]?.[lang];
  const parts = [named ?? (f.entity === '000000' ? set : `${set} ${f.entity}`)];
  const hqTf = Number(f.hqTfDummy);
  if (hqTf & 4) parts.push(HQ_TF_NAMES.taskForce[lang]);
  if (hqTf & 2) parts.push(HQ_TF_NAMES.hq[lang]);
  if (hqTf & 1) parts.push(HQ_TF_NAMES.dummy[lang]);
  if (f.symbolSet === '10' || f.symbolSet === '11') {
    const echelon = ECHELON_NAMES[f.amplifier]?.[lang];
    if (echelon) parts.push(echelon);
  }
  if (f.status === '1') parts.push(PLANNED[lang]);
  const who = affiliation === 'side' ? sideName : AFFILIATION_NAMES[affiliation][lang];
  return who ? `${parts.join(', ')} (${who})` : parts.join(', ');
}
