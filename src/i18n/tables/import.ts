import { defineStrings } from '../define-strings';

/**
 * Opening your own data: the file controls, the progress of an import and its report. Keys starting with
 * `note` are the report's notes (what loaded differently from what the file said); the importer names them
 * with their values, and the UI writes them in its language.
 */
export const importStrings = defineStrings(
  {
    openScenario: 'Open scenario…',
    openFolder: 'Open folder…',
    exportScenario: 'Export scenario',
    dropHere: 'Drop a scenario folder, .zip, GeoJSON, KML/KMZ, GPX, ACLED CSV or ORBAT Mapper file',
    importing: 'Opening {files}',
    phaseReading: 'Reading {file}',
    phaseConverting: 'Converting {file}',
    phaseValidating: 'Checking features',
    phaseBuilding: 'Building the scenario',
    progressBytes: '{done} of {total} MB',
    progressFeatures: '{done} of {total} features',
    cancelImport: 'Cancel',
    importCancelled: 'Import of {files} cancelled: the scenario in view is unchanged.',
    importReport: 'Import report',
    closeReport: 'Close import report',
    nothingLoaded: 'Nothing loaded from {files}: {count} problem(s). The scenario in view is unchanged.',
    loadedFeatures: '{count} feature(s) loaded',
    loadedEvents: '{count} event(s) loaded',
    loadedContext: '{count} of them as context (static, drawn under the campaign)',
    rejectedCount: '{count} rejected',
    notesHeading: 'Notes',
    problemsHeading: 'Problems',
    moreItems: '…and {count} more.',
    useEventsAsChapters: 'Make chapters of the {count} ORBAT Mapper events',
    chaptersMade: '{count} chapter(s) made from the events.',
    otherProperties: 'Other properties ({count})',
    // The legend's entry for a layer of the user's static context (see cartography/context-legend.ts).
    legendContext: 'Context: {name}',
    noteForeign:
      '{count} feature(s) carry properties of another tool (e.g. {names}): kept as they were under properties.foreign and shown in the event panel',
    noteForeignInvalid:
      '{field} {value} is not a Sandtable {field} ({count} feature(s)): kept under properties.foreign.{field}',
    noteIdRewritten:
      'ids such as {value} are not Sandtable ids ({count} feature(s)): renamed such as {id}, the original kept under properties.foreign.id',
    noteIdDuplicate:
      'ids such as {value} are used by more than one feature ({count}): renamed such as {id}, the original kept under properties.foreign.id',
    noteContext:
      '{count} feature(s) without times shown as context: static, always visible, drawn under the campaign',
    noteContextLine:
      '{count} line(s) with times on only some points (e.g. {times} times for {points} points) shown as static context, not animated',
    noteZone: '{count} time(s) without a zone (e.g. {example}) read as {zone}',
    noteDayFirstDate:
      'dates such as {example} read day first: the file also has {evidence}, which only fits that order',
    noteMonthFirstDate:
      'dates such as {example} read month first: the file also has {evidence}, which only fits that order',
    noteDayFirstLocale:
      'dates such as {example} read day first, as in the French-locale spreadsheet they come from (decimal commas)',
    noteDayOrderOpen:
      '{count} date(s) such as {example} fit both day/month and month/day and nothing in the file settles which: not read (kept under properties.foreign); write them as 2023-11-10',
    noteDayOrderConflict:
      'the file has dates only day/month fits ({dmy}) and dates only month/day fits ({mdy}): its {count} ambiguous date(s) are not read',
    noteEpochMs: '{count} time(s) in epoch milliseconds (e.g. {example} = {iso})',
    noteEpochS: '{count} time(s) in epoch seconds (e.g. {example} = {iso})',
    noteGdal: '{count} time(s) in GDAL’s form (e.g. {example} = {iso})',
    noteDateAsDay:
      '{count} date(s) without a time of day (e.g. {example}) shown as known only to that day, month or year',
    noteTimeUnreadable:
      '{field} {value} is not a time ({count} feature(s)): kept under properties.foreign.{field}, the feature shown without it',
    noteOneInstant: 'all {count} points have the same time ({time}): the track appears whole at that moment',
    noteBefore1970:
      'times before 1970 (from {time}): probably a GPS clock that was not set; loaded as written',
    noteSimplified:
      '{before} points simplified to {after} to fit the limit of {limit} per line (Douglas–Peucker keeping the points in time order, within {metres} m of the original at every moment)',
    noteSimplifiedLine:
      '{before} points simplified to {after} to fit the limit of {limit} per line (Douglas–Peucker, within {metres} m of the original line)',
    noteNetworkLink: 'network link not followed (offline): {url}',
    noteKmzResources:
      '{count} image(s) or other file(s) in the archive not used (Sandtable draws its own symbols): {names}',
    noteReprojected: 'coordinates in {crs} (Web Mercator, metres) reprojected to longitude/latitude',
    noteOrbatCertainty:
      'ORBAT Mapper records no uncertainty: every unit position and event is marked “reported”',
    noteOrbatUnplaced:
      '{count} event(s) without a position (e.g. “{title}”): not drawn on the map; make chapters of the events to brief them',
    noteOrbatLayer: 'layer “{name}” ({kind}) not imported: Sandtable takes overlay geometries only',
    noteOrbatUnlocated:
      '{count} unit(s) never placed on the map (e.g. “{name}”): no location in the file, so not drawn',
    noteOrbatLeaves:
      '{count} unit(s) leave the map at a state without a location: Sandtable cannot hide a unit, so each stays where it was last seen until its next position, if any',
    noteOrbatZone: 'time zone “{zone}” unknown: times shown in UTC',
    noteOrbatHidden: '{count} overlay item(s) hidden in ORBAT Mapper (e.g. “{name}”): not drawn',
    noteOrbatItemSkipped: '{count} overlay item(s) Sandtable cannot draw (e.g. “{name}”, {kind}): not drawn',
    noteOrbatGraphics:
      '{count} tactical graphic(s), annotation(s) or measurement(s) (e.g. “{name}”) drawn as plain lines, areas or points: their military symbology, text box or figure is not drawn',
    noteOrbatItemChanges:
      '{count} change(s) over time of an overlay item’s {fields} (e.g. “{name}”): not taken; its moves, new texts and hiding are',
    noteAcledColumns:
      'this older ACLED export has no {columns} column(s): events are named by their event_type, and where a precision column is missing drawn within ~25 km and dated to the day',
    noteDecimalComma: 'coordinates with a decimal comma (e.g. {example}) read as decimals',
    flawedCount: '{count} drawn with problems (listed below)',
  },
  {
    openScenario: 'Ouvrir un scénario…',
    openFolder: 'Ouvrir un dossier…',
    exportScenario: 'Exporter le scénario',
    dropHere:
      'Déposez un dossier de scénario, un .zip, un fichier GeoJSON, KML/KMZ, GPX, CSV ACLED ou ORBAT Mapper',
    importing: 'Ouverture de {files}',
    phaseReading: 'Lecture de {file}',
    phaseConverting: 'Conversion de {file}',
    phaseValidating: 'Vérification des éléments',
    phaseBuilding: 'Construction du scénario',
    progressBytes: '{done} sur {total} Mo',
    progressFeatures: '{done} éléments sur {total}',
    cancelImport: 'Annuler',
    importCancelled: 'Ouverture de {files} annulée : le scénario affiché reste inchangé.',
    importReport: 'Rapport d’import',
    closeReport: 'Fermer le rapport d’import',
    nothingLoaded:
      'Rien n’a été chargé depuis {files} : {count} problème(s). Le scénario affiché reste inchangé.',
    loadedFeatures: '{count} élément(s) chargé(s)',
    loadedEvents: '{count} événement(s) chargé(s)',
    loadedContext: 'dont {count} en contexte (statiques, dessinés sous la campagne)',
    rejectedCount: '{count} refusé(s)',
    notesHeading: 'Remarques',
    problemsHeading: 'Problèmes',
    moreItems: '…et {count} de plus.',
    useEventsAsChapters: 'Faire des {count} événements ORBAT Mapper des chapitres',
    chaptersMade: '{count} chapitre(s) tiré(s) des événements.',
    otherProperties: 'Autres propriétés ({count})',
    legendContext: 'Contexte : {name}',
    noteForeign:
      '{count} élément(s) portent des propriétés d’un autre outil (p. ex. {names}) : conservées telles quelles sous properties.foreign et affichées dans le panneau des événements',
    noteForeignInvalid:
      '{field} {value} n’est pas un {field} Sandtable ({count} élément(s)) : conservé sous properties.foreign.{field}',
    noteIdRewritten:
      'des identifiants tels que {value} ne sont pas des identifiants Sandtable ({count} élément(s)) : renommés p. ex. {id}, l’original conservé sous properties.foreign.id',
    noteIdDuplicate:
      'des identifiants tels que {value} servent à plus d’un élément ({count}) : renommés p. ex. {id}, l’original conservé sous properties.foreign.id',
    noteContext:
      '{count} élément(s) sans heure affiché(s) en contexte : statiques, toujours visibles, dessinés sous la campagne',
    noteContextLine:
      '{count} ligne(s) datée(s) sur une partie de leurs points seulement (p. ex. {times} heures pour {points} points) affichée(s) en contexte statique, sans animation',
    noteZone: '{count} heure(s) sans fuseau (p. ex. {example}) lue(s) en {zone}',
    noteDayFirstDate:
      'dates telles que {example} lues jour d’abord : le fichier contient aussi {evidence}, qui n’admet que cet ordre',
    noteMonthFirstDate:
      'dates telles que {example} lues mois d’abord : le fichier contient aussi {evidence}, qui n’admet que cet ordre',
    noteDayFirstLocale:
      'dates telles que {example} lues jour d’abord, comme dans le tableur en français d’où elles viennent (virgules décimales)',
    noteDayOrderOpen:
      '{count} date(s) telle(s) que {example} admettent jour/mois comme mois/jour et rien dans le fichier ne tranche : non lues (conservées sous properties.foreign) ; écrivez-les 2023-11-10',
    noteDayOrderConflict:
      'le fichier a des dates que seul jour/mois admet ({dmy}) et d’autres que seul mois/jour admet ({mdy}) : ses {count} date(s) ambiguës ne sont pas lues',
    noteEpochMs: '{count} heure(s) en millisecondes depuis 1970 (p. ex. {example} = {iso})',
    noteEpochS: '{count} heure(s) en secondes depuis 1970 (p. ex. {example} = {iso})',
    noteGdal: '{count} heure(s) au format de GDAL (p. ex. {example} = {iso})',
    noteDateAsDay:
      '{count} date(s) sans heure du jour (p. ex. {example}) affichée(s) comme connue(s) à ce jour, ce mois ou cette année près',
    noteTimeUnreadable:
      '{field} {value} n’est pas une heure ({count} élément(s)) : conservé sous properties.foreign.{field}, l’élément affiché sans',
    noteOneInstant:
      'les {count} points ont tous la même heure ({time}) : la trace apparaît entière à ce moment',
    noteBefore1970:
      'heures antérieures à 1970 (dès {time}) : sans doute l’horloge d’un GPS non réglée ; chargées telles quelles',
    noteSimplified:
      '{before} points simplifiés en {after} pour tenir dans la limite de {limit} par ligne (Douglas–Peucker en gardant les points dans l’ordre du temps, à {metres} m au plus de l’original à tout instant)',
    noteSimplifiedLine:
      '{before} points simplifiés en {after} pour tenir dans la limite de {limit} par ligne (Douglas–Peucker, à {metres} m au plus de la ligne d’origine)',
    noteNetworkLink: 'lien réseau non suivi (hors ligne) : {url}',
    noteKmzResources:
      '{count} image(s) ou autre(s) fichier(s) de l’archive non utilisé(s) (Sandtable dessine ses propres symboles) : {names}',
    noteReprojected: 'coordonnées en {crs} (Web Mercator, en mètres) reprojetées en longitude/latitude',
    noteOrbatCertainty:
      'ORBAT Mapper n’enregistre aucune incertitude : chaque position d’unité et chaque événement est marqué « signalé »',
    noteOrbatUnplaced:
      '{count} événement(s) sans position (p. ex. « {title} ») : non dessiné(s) sur la carte ; faites des événements des chapitres pour les présenter',
    noteOrbatLayer:
      'couche « {name} » ({kind}) non importée : Sandtable ne reprend que les géométries des calques',
    noteOrbatUnlocated:
      '{count} unité(s) jamais placée(s) sur la carte (p. ex. « {name} ») : aucune position dans le fichier, donc non dessinée(s)',
    noteOrbatLeaves:
      '{count} unité(s) quittent la carte à un état sans position : Sandtable ne peut pas masquer une unité, chacune reste donc là où elle a été vue en dernier jusqu’à sa position suivante, s’il y en a une',
    noteOrbatZone: 'fuseau horaire « {zone} » inconnu : heures montrées en UTC',
    noteOrbatHidden:
      '{count} élément(s) de calque masqué(s) dans ORBAT Mapper (p. ex. « {name} ») : non dessiné(s)',
    noteOrbatItemSkipped:
      '{count} élément(s) de calque que Sandtable ne sait pas dessiner (p. ex. « {name} », {kind}) : non dessiné(s)',
    noteOrbatGraphics:
      '{count} graphique(s) tactique(s), annotation(s) ou mesure(s) (p. ex. « {name} ») dessiné(s) en simples lignes, zones ou points : leur symbologie militaire, leur cadre de texte ou leur valeur ne sont pas dessinés',
    noteOrbatItemChanges:
      '{count} changement(s) au cours du temps de {fields} d’un élément de calque (p. ex. « {name} ») : non repris ; ses déplacements, nouveaux textes et masquages le sont',
    noteAcledColumns:
      'cet ancien export ACLED n’a pas de colonne(s) {columns} : les événements sont nommés par leur event_type et, faute de colonne de précision, dessinés à ~25 km près et datés au jour',
    noteDecimalComma: 'coordonnées à virgule décimale (p. ex. {example}) lues comme des nombres décimaux',
    flawedCount: '{count} dessiné(s) malgré des problèmes (listés ci-dessous)',
  },
);

/** The keys of the report's notes. */
export type NoteKey = Extract<keyof (typeof importStrings)['en'], `note${string}`>;
