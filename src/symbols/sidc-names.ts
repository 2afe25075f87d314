import type { Lang } from '../i18n/localize';

type Words = Record<Lang, string>;
const w = (en: string, fr: string): Words => ({ en, fr });

/**
 * Names of the entities a briefing on land warfare is likely to use, by symbol set then entity code
 * (MIL-STD-2525D / APP-6D). Not the whole standard: an entity missing here is named by its symbol set and
 * code, so the legend never invents a meaning.
 */
export const ENTITY_NAMES: Record<string, Record<string, Words>> = {
  '10': {
    '110000': w('Command and control', 'Commandement et contrôle'),
    '120400': w('Anti-tank', 'Antichar'),
    '120500': w('Armour', 'Blindé'),
    '120501': w('Armoured reconnaissance', 'Reconnaissance blindée'),
    '121000': w('Combined arms', 'Interarmes'),
    '121100': w('Infantry', 'Infanterie'),
    '121102': w('Mechanised infantry', 'Infanterie mécanisée'),
    '121104': w('Motorised infantry', 'Infanterie motorisée'),
    '121105': w('Infantry in fighting vehicles', 'Infanterie sur véhicules de combat'),
    '121300': w('Reconnaissance', 'Reconnaissance'),
    '121500': w('Sniper', 'Tireurs d’élite'),
    '121700': w('Special forces', 'Forces spéciales'),
    '121800': w('Special operations forces', 'Forces d’opérations spéciales'),
    '121900': w('Unmanned systems', 'Systèmes sans pilote'),
    '130100': w('Air defence', 'Défense sol-air'),
    '130300': w('Field artillery', 'Artillerie de campagne'),
  },
  '20': {
    '110000': w('Military installation', 'Installation militaire'),
    '111900': w('Tented camp', 'Camp de tentes'),
    '111901': w('Displaced persons camp', 'Camp de personnes déplacées'),
  },
};

export const SYMBOL_SET_NAMES: Record<string, Words> = {
  '01': w('Air', 'Aérien'),
  '10': w('Land unit', 'Unité terrestre'),
  '11': w('Civilian land unit', 'Unité civile terrestre'),
  '15': w('Land equipment', 'Équipement terrestre'),
  '20': w('Land installation', 'Installation terrestre'),
  '30': w('Sea surface', 'Surface maritime'),
};

/** Echelons (positions 9–10) of units, symbol sets 10 and 11. */
export const ECHELON_NAMES: Record<string, Words> = {
  '11': w('team', 'équipe'),
  '12': w('squad', 'groupe'),
  '13': w('section', 'section'),
  '14': w('platoon', 'peloton'),
  '15': w('company', 'compagnie'),
  '16': w('battalion', 'bataillon'),
  '17': w('regiment', 'régiment'),
  '18': w('brigade', 'brigade'),
  '21': w('division', 'division'),
  '22': w('corps', 'corps d’armée'),
  '23': w('army', 'armée'),
};

/** Position 8: 2 headquarters, 4 task force, 6 both; odd digits add "feint or dummy". */
export const HQ_TF_NAMES = {
  hq: w('headquarters', 'état-major'),
  taskForce: w('task force', 'force opérationnelle'),
  dummy: w('feint or dummy', 'leurre'),
};

export const AFFILIATION_NAMES = {
  friend: w('friend', 'ami'),
  hostile: w('hostile', 'hostile'),
  neutral: w('neutral', 'neutre'),
  unknown: w('unknown', 'inconnu'),
};

export const PLANNED = w('planned or anticipated', 'prévu ou supposé');
