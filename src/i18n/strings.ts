import type { Lang } from './localize';

const en = {
  scenarioTime: 'Scenario time',
  play: 'Play',
  pause: 'Pause',
  speed: 'Playback speed',
  speedHour: '1 h/s',
  speed6h: '6 h/s',
  speedDay: '1 day/s',
  loop: 'Loop',
  loopHint: 'Loop over the visible range of the timeline',
  chapterShort: 'Chapter',
  allShort: 'All',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  zoomIn: 'Zoom in on the timeline',
  zoomOut: 'Zoom out the timeline',
  zoomAll: 'All: the whole campaign',
  zoomChapter: 'Zoom to chapter',
  timeline: 'Timeline',
  eventsOnTimeline: 'Dated events',
  chapter: 'Chapter',
  noChapter: 'Free time',
  present: 'Present',
  language: 'Language',
  toolbar: 'Tools',
  aroundNow: 'Around this time',
  nothingAround: 'Nothing dated within 12 hours.',
  sources: 'Sources',
  presenterCaption: 'Chapter caption',
  progress: 'Chapters',
  leave: 'Leave presenter mode (Esc)',
  blackScreen: 'Screen blanked: press B to show the map',
  chapterOf: 'Chapter {n} of {total}',
  confirmed: 'confirmed',
  reported: 'reported',
  claimed: 'claimed',
  estimated: 'estimated',
  event: 'Event',
  strike: 'Strike',
  clash: 'Clash',
  night: 'Night',
};

export type StringKey = keyof typeof en;

const fr: Record<StringKey, string> = {
  scenarioTime: 'Temps du scénario',
  play: 'Lecture',
  pause: 'Pause',
  speed: 'Vitesse de lecture',
  speedHour: '1 h/s',
  speed6h: '6 h/s',
  speedDay: '1 jour/s',
  loop: 'Boucle',
  loopHint: 'Boucler sur la plage visible de la frise',
  chapterShort: 'Chapitre',
  allShort: 'Tout',
  previousEvent: 'Événement précédent',
  nextEvent: 'Événement suivant',
  zoomIn: 'Zoomer la frise',
  zoomOut: 'Dézoomer la frise',
  zoomAll: 'Tout : toute la campagne',
  zoomChapter: 'Zoomer sur le chapitre',
  timeline: 'Frise chronologique',
  eventsOnTimeline: 'Événements datés',
  chapter: 'Chapitre',
  noChapter: 'Temps libre',
  present: 'Présenter',
  language: 'Langue',
  toolbar: 'Outils',
  aroundNow: 'Autour de ce moment',
  nothingAround: 'Rien de daté à moins de 12 heures.',
  sources: 'Sources',
  presenterCaption: 'Légende du chapitre',
  progress: 'Chapitres',
  leave: 'Quitter le mode présentation (Échap)',
  blackScreen: 'Écran noir : appuyez sur B pour revoir la carte',
  chapterOf: 'Chapitre {n} sur {total}',
  confirmed: 'confirmé',
  reported: 'signalé',
  claimed: 'revendiqué',
  estimated: 'estimé',
  event: 'Événement',
  strike: 'Frappe',
  clash: 'Affrontement',
  night: 'Nuit',
};

const tables: Record<Lang, Record<StringKey, string>> = { en, fr };

/** A UI string in `lang`, with `{name}` placeholders filled from `values`. */
export function ui(lang: Lang, key: StringKey, values: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export const LANG_KEY = 'sandtable.lang';

/** The language to open in: `?lang=` first, then the one remembered, then English. */
export function initialLang(query: string | null, stored: string | null): Lang {
  for (const candidate of [query, stored]) if (candidate === 'en' || candidate === 'fr') return candidate;
  return 'en';
}

/** Remembers the choice; private browsing or a full store must not break the switch itself. */
export function rememberLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered: the switch still applies to this session.
  }
}
