import { defineStrings } from '../define-strings';

/**
 * Credits and sources the app writes itself: the built-in basemap's attributions (said in the reader's
 * language by scene/credit-words.ts, which knows their exact English) and the source of an imported file.
 */
export const sourceStrings = defineStrings(
  {
    creditRegionalRoads: 'Regional roads: Sandtable, schematic',
    creditRelief: 'SRTM30 relief (NASA, via KDE Marble), calibrated with NOAA ETOPO5',
    importedFile: 'Imported file',
  },
  {
    creditRegionalRoads: 'Routes régionales : Sandtable, schématiques',
    creditRelief: 'Relief SRTM30 (NASA, via KDE Marble), calé sur NOAA ETOPO5',
    importedFile: 'Fichier importé',
  },
);
