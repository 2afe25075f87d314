import type { Lang } from '../i18n/localize';
import { ui, type StringKey } from '../i18n/strings';
import { RELIEF_ATTRIBUTION } from '../map/basemap-style';

/**
 * The built-in basemap's attributions are written in its style (and the relief archive's metadata) in
 * English; these are the ones with words in them, said in the reader's language. Names ("© Natural Earth")
 * and a user's own basemap are shown as they are.
 */
const CREDIT_KEYS: Readonly<Record<string, StringKey>> = {
  'Regional roads: Sandtable, schematic': 'creditRegionalRoads',
  [RELIEF_ATTRIBUTION]: 'creditRelief',
};

/** A basemap credit in `lang`, when it is one of ours; any other credit as it is written. */
export function creditIn(credit: string, lang: Lang): string {
  const key = CREDIT_KEYS[credit];
  return key ? ui(lang, key) : credit;
}

/** Publishers the importer writes for a file's own source ("Imported file"), in `lang`. */
export function publisherIn(publisher: string, lang: Lang): string {
  return publisher === ui('en', 'importedFile') ? ui(lang, 'importedFile') : publisher;
}
