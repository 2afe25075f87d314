import { defineStrings } from '../define-strings';

/** "Export scenario": the format choice, and the notes saying what a format could not carry. */
export const dataExportStrings = defineStrings(
  {
    dataExportTitle: 'Export scenario',
    dataExportFormat: 'Format',
    dataExportZip: 'Sandtable scenario (ZIP): everything, to open again here',
    dataExportKml: 'KML: Google Earth, with its time slider',
    dataExportKmz: 'KMZ: KML with the unit symbols as icons',
    dataExportGeojson: 'GeoJSON: QGIS and other GIS, every feature with its times',
    dataExportOrbat: 'ORBAT Mapper scenario (JSON)',
    dataExportCsv: 'CSV: a table of dated facts for a spreadsheet',
    dataExportSave: 'Save',
    dataExportCancel: 'Cancel',
    dataExportWorking: 'Writing the file…',
    dataExportFailed: 'The export failed: {message}',
    dataExportLoses: 'What this format cannot keep:',
    noteDataTitle: 'Notes on this export from Sandtable ({format}), scenario “{title}”',
    noteDataUncertainty:
      '{count} feature(s) with a spatial uncertainty: written in each description, not as a shape the other tool reads',
    noteDataUncertaintyShapes:
      '{count} feature(s) with a spatial uncertainty: drawn as radius or corridor polygons, and written in each description',
    noteDataCertainty:
      'certainty (confirmed, reported, claimed, estimated), who claims what, and sources: written in each description only',
    noteDataChapters: '{count} briefing chapter(s) not exported: this format has no chapters',
    noteDataSidesOrbat:
      'sides become ORBAT Mapper sides with their colours; movements become units (one state per vertex) in one group per side',
    noteDataNoSymbol:
      '{count} unit(s) without a symbol in Sandtable: given a generic land unit symbol, as ORBAT Mapper needs one',
    noteDataPlacesOrbat:
      '{count} place(s), area(s) or context feature(s) without a unit symbol: written as overlay shapes',
    noteDataWindows:
      'events known only to a window (start–end) keep their window; casualty figures and disputes stay in descriptions',
    noteDataIcons:
      'unit symbols not included as icons: there is no canvas to draw them here (export from the app to have them)',
    noteDataCsvMovements:
      'movements appear as two rows (start and end): the path between them is not in a table; use KML or GeoJSON for it',
    noteDataCsvContext:
      '{count} place(s), area(s) or context feature(s) without a time: not dated facts, so not in the table',
    noteDataControl: 'who holds a place over time: written in its description only',
    noteDataSymbolChanges:
      '{count} unit(s) change symbol over time: the icon shows the first symbol, the changes are in the description',
  },
  {
    dataExportTitle: 'Exporter le scénario',
    dataExportFormat: 'Format',
    dataExportZip: 'Scénario Sandtable (ZIP) : tout, pour le rouvrir ici',
    dataExportKml: 'KML : Google Earth, avec sa réglette temporelle',
    dataExportKmz: 'KMZ : KML avec les symboles des unités en icônes',
    dataExportGeojson: 'GeoJSON : QGIS et autres SIG, chaque élément avec ses heures',
    dataExportOrbat: 'Scénario ORBAT Mapper (JSON)',
    dataExportCsv: 'CSV : un tableau des faits datés pour un tableur',
    dataExportSave: 'Enregistrer',
    dataExportCancel: 'Annuler',
    dataExportWorking: 'Écriture du fichier…',
    dataExportFailed: 'L’export a échoué : {message}',
    dataExportLoses: 'Ce que ce format ne peut pas garder :',
    noteDataTitle: 'Notes sur cet export de Sandtable ({format}), scénario « {title} »',
    noteDataUncertainty:
      '{count} élément(s) avec une incertitude de position : écrite dans chaque description, pas comme une forme que l’autre outil lit',
    noteDataUncertaintyShapes:
      '{count} élément(s) avec une incertitude de position : dessinée en polygones de rayon ou de couloir, et écrite dans chaque description',
    noteDataCertainty:
      'la certitude (confirmé, signalé, revendiqué, estimé), qui revendique quoi et les sources : écrites dans chaque description seulement',
    noteDataChapters: '{count} chapitre(s) de présentation non exporté(s) : ce format n’a pas de chapitres',
    noteDataSidesOrbat:
      'les camps deviennent des camps ORBAT Mapper avec leurs couleurs ; les mouvements des unités (un état par sommet) dans un groupe par camp',
    noteDataNoSymbol:
      '{count} unité(s) sans symbole dans Sandtable : un symbole générique d’unité terrestre leur est donné, ORBAT Mapper en exigeant un',
    noteDataPlacesOrbat:
      '{count} lieu(x), zone(s) ou élément(s) de contexte sans symbole d’unité : écrits comme formes de calque',
    noteDataWindows:
      'les événements connus seulement par une période (début–fin) gardent leur période ; bilans et désaccords restent dans les descriptions',
    noteDataIcons:
      'symboles des unités non inclus en icônes : pas de canevas pour les dessiner ici (exportez depuis l’application pour les avoir)',
    noteDataCsvMovements:
      'les mouvements occupent deux lignes (départ et arrivée) : le trajet entre les deux n’est pas dans un tableau ; utilisez KML ou GeoJSON pour lui',
    noteDataCsvContext:
      '{count} lieu(x), zone(s) ou élément(s) de contexte sans heure : pas des faits datés, donc absents du tableau',
    noteDataControl: 'qui tient un lieu au fil du temps : écrit dans sa description seulement',
    noteDataSymbolChanges:
      '{count} unité(s) changent de symbole au fil du temps : l’icône montre le premier, les changements sont dans la description',
  },
);
