// Known heights that the derived relief is checked against (none of them is used to fit it). Airfield
// elevations come from aeronautical publications as quoted by the pages named; a point height is compared with
// the relief's value at that point, which is a ~4 km average, so small errors are expected on flat ground and
// large ones on peaks.

/**
 * @typedef {{ name: string; lon: number; lat: number; metres: number; source: string; peak?: boolean }} Reference
 * @type {Reference[]}
 */
export const REFERENCE_HEIGHTS = [
  {
    name: 'Gao airport (GAGO), Niger valley',
    lon: -0.00556,
    lat: 16.24722,
    metres: 265,
    source: 'en.wikipedia "Gao International Airport": 869 ft',
  },
  {
    name: 'Timbuktu airport (GATB)',
    lon: -3.00639,
    lat: 16.73083,
    metres: 263,
    source: 'fr.wikipedia "Aéroport international de Tombouctou": 263 m',
  },
  {
    name: 'Kidal',
    lon: 1.40833,
    lat: 18.43889,
    metres: 455,
    source: 'ru/it.wikipedia "Kidal": 455 m (fr.wikipedia gives 525 m)',
  },
  {
    name: 'Tessalit weather station',
    lon: 0.98,
    lat: 20.2,
    metres: 491,
    source: 'fr.wikipedia "Tessalit", climate table: altitude 491 m, 20°12′N',
  },
  {
    name: 'Bamako-Sénou airport (GABS)',
    lon: -7.94306,
    lat: 12.53778,
    metres: 380,
    source: 'ASECNA eAIP AD 2 GABS: 380 m',
  },
  {
    name: 'Kayes Dag Dag airport (GAKY)',
    lon: -11.40139,
    lat: 14.48111,
    metres: 50,
    source: 'de.wikipedia "Aéroport international de Kayes Dag Dag": 50 m',
  },
  {
    name: 'Kédougou airfield (GOTK)',
    lon: -12.22083,
    lat: 12.5725,
    metres: 178,
    source: 'de.wikipedia "Flugplatz Kédougou": 178 m',
  },
  {
    name: 'Tamanrasset airport (DAAT), Hoggar',
    lon: 5.45083,
    lat: 22.81111,
    metres: 1377,
    source: 'it/de.wikipedia "Aeroporto di Tamanrasset": 1377 m',
  },
  {
    name: 'Ghardaïa airport (DAUG)',
    lon: 3.79417,
    lat: 32.38417,
    metres: 461,
    source: 'Algerian AIP via en.wikipedia "Noumérat – Moufdi Zakaria Airport": 461 m',
  },
];

/**
 * The massif's highest point has no published coordinates; its height is checked against the highest relief
 * value inside the derived outline.
 */
export const MASSIF_HIGH_POINT = {
  name: 'Adrar des Ifoghas high point (Mont Essali)',
  metres: 890,
  source: 'fr.wikipedia "Adrar des Ifoghas": 890 m',
};
