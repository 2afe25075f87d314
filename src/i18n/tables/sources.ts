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
    reportedFeatures: 'Features imported from {file}.',
    reportedGpsTracks: 'GPS tracks imported from {file}.',
    reportedTracks: 'Tracks imported from {file}.',
    reportedGpsActivities: 'GPS activities imported from {file}.',
    reportedOrbat: 'An ORBAT Mapper scenario imported from {file}.',
    reportedAcled: 'Conflict events coded by ACLED from the sources it cites, imported from {file}.',
    reportedAcledCited: 'Cited by ACLED for {count} event(s) in {file}.',
  },
  {
    creditRegionalRoads: 'Routes régionales : Sandtable, schématiques',
    creditRelief: 'Relief SRTM30 (NASA, via KDE Marble), calé sur NOAA ETOPO5',
    importedFile: 'Fichier importé',
    reportedFeatures: 'Éléments importés de {file}.',
    reportedGpsTracks: 'Traces GPS importées de {file}.',
    reportedTracks: 'Traces importées de {file}.',
    reportedGpsActivities: 'Activités GPS importées de {file}.',
    reportedOrbat: 'Un scénario ORBAT Mapper importé de {file}.',
    reportedAcled:
      'Événements de conflit codés par ACLED à partir des sources qu’il cite, importés de {file}.',
    reportedAcledCited: 'Cité par ACLED pour {count} événement(s) dans {file}.',
  },
);
