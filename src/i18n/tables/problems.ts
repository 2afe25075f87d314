import { defineStrings } from '../define-strings';

/**
 * Problems said in plain sentences (scenario/plain-problem.ts): what is wrong and what to do, naming the
 * feature and the field in words. `{subject}` is the feature's name, "the scenario" or "the file …"; French
 * puts it first ("Mouvement 1 : …") so no article has to agree with it. The loader's own wording stays in
 * the collapsed details line.
 */
export const problemStrings = defineStrings(
  {
    plainScenario: 'the scenario',
    plainFile: 'the file {file}',
    plainFeatureId: 'feature {id}',
    plainRow: 'row {n}',
    plainWhere: 'In {file}:',
    plainMissing: 'Add the {field} to {subject}: it is missing.',
    plainAddOne: 'Add at least {item} to {subject}.',
    plainTooFew: 'Give {subject} at least {n} entries in {field} (it has {count}).',
    plainTooMany: 'Give {subject} at most {n} entries in {field} (it has {count}).',
    plainEmptyText: 'Write the {field} of {subject}: it is empty.',
    plainTooShort: 'Write at least {n} characters in the {field} of {subject} (it has {count}).',
    plainTooLong: 'Shorten the {field} of {subject} to {n} characters at most (it has {count}).',
    plainTooLow: 'Set the {field} of {subject} to {n} or more (it is {value}).',
    plainTooHigh: 'Set the {field} of {subject} to {n} or less (it is {value}).',
    plainShouldBe: 'The {field} of {subject} should be {expected} (it is {value}).',
    plainMissingShould: 'Give {subject} its {field}: it should be {expected}, and there is none.',
    plainWholeShouldBe: 'Make {subject} {expected} (it is {value}).',
    plainOneOf: 'Choose the {field} of {subject} among {options} (it is {value}).',
    plainUnknownFields:
      '{subject} has fields this format does not know: {keys}. Remove them or check their spelling.',
    plainEmptyFile: 'The file {file} is empty: choose another file, or write the scenario in it.',
    plainMissingFile:
      'The file {file} is missing: add it to the folder, or remove it from the scenario’s list of files.',
    plainJsonCut: 'The file {file} stops before its end: it was cut short. Save or copy it again.',
    plainJsonAt:
      'The file {file} cannot be read at line {line}, column {column}: look there for a missing comma, quote or bracket.',
    plainJson:
      'The file {file} is not readable JSON: look for a missing comma, quote or bracket, or open it in the tool that made it.',
    typeString: 'a text',
    typeNumber: 'a number',
    typeBoolean: 'true or false',
    typeArray: 'a list',
    typeObject: 'a group of named fields',
    plainInvalid: 'Correct the {field} of {subject}: it is not valid (it is {value}).',
    plainOfItem: '{field} of {owner} {n}',
    basemapNotPmtiles: 'This is not a PMTiles basemap: {name}. Choose a .pmtiles file made for maps.',
    basemapWrongTiles:
      '{name} holds tiles a map cannot show (type {type}): choose a basemap of vector tiles or of images (PNG, JPEG, WebP, AVIF).',
    plainDetails: 'Details',
    plainNamed: '“{name}”',
  },
  {
    plainScenario: 'le scénario',
    plainFile: 'le fichier {file}',
    plainFeatureId: 'l’élément {id}',
    plainRow: 'la ligne {n}',
    plainWhere: 'Dans {file} :',
    plainMissing: '{subject} : le champ « {field} » manque. Ajoutez-le.',
    plainAddOne: '{subject} : ajoutez au moins {item}.',
    plainTooFew: '{subject} : donnez au moins {n} entrées dans « {field} » (il y en a {count}).',
    plainTooMany: '{subject} : donnez au plus {n} entrées dans « {field} » (il y en a {count}).',
    plainEmptyText: '{subject} : le champ « {field} » est vide. Remplissez-le.',
    plainTooShort: '{subject} : écrivez au moins {n} caractères dans « {field} » (il y en a {count}).',
    plainTooLong: '{subject} : raccourcissez « {field} » à {n} caractères au plus (il y en a {count}).',
    plainTooHigh: '{subject} : mettez « {field} » à {n} ou moins (valeur : {value}).',
    plainTooLow: '{subject} : mettez « {field} » à {n} ou plus (valeur : {value}).',
    plainShouldBe: '{subject} : « {field} » doit être {expected} (valeur : {value}).',
    plainMissingShould: '{subject} : « {field} » manque ; il faut {expected}.',
    plainWholeShouldBe: '{subject} doit être {expected} (valeur : {value}).',
    plainOneOf: '{subject} : choisissez « {field} » parmi {options} (valeur : {value}).',
    plainUnknownFields:
      '{subject} a des champs que ce format ne connaît pas : {keys}. Supprimez-les ou vérifiez leur orthographe.',
    plainEmptyFile: 'Le fichier {file} est vide : choisissez un autre fichier, ou écrivez-y le scénario.',
    plainMissingFile:
      'Le fichier {file} manque : ajoutez-le au dossier, ou retirez-le de la liste des fichiers du scénario.',
    plainJsonCut:
      'Le fichier {file} s’arrête avant sa fin : il a été tronqué. Enregistrez-le ou copiez-le de nouveau.',
    plainJsonAt:
      'Le fichier {file} est illisible à la ligne {line}, colonne {column} : cherchez-y une virgule, un guillemet ou un crochet manquant.',
    plainJson:
      'Le fichier {file} n’est pas du JSON lisible : cherchez une virgule, un guillemet ou un crochet manquant, ou ouvrez-le dans l’outil qui l’a créé.',
    typeString: 'un texte',
    typeNumber: 'un nombre',
    typeBoolean: 'vrai ou faux',
    typeArray: 'une liste',
    typeObject: 'un groupe de champs nommés',
    plainInvalid: '{subject} : « {field} » n’est pas valide (valeur : {value}). Corrigez-le.',
    plainOfItem: '{field} ({owner} {n})',
    basemapNotPmtiles:
      'Ce n’est pas un fond de carte PMTiles : {name}. Choisissez un fichier .pmtiles fait pour les cartes.',
    basemapWrongTiles:
      '{name} contient des tuiles qu’une carte ne peut pas afficher (type {type}) : choisissez un fond de tuiles vectorielles ou d’images (PNG, JPEG, WebP, AVIF).',
    plainDetails: 'Détails',
    plainNamed: '« {name} »',
  },
);
