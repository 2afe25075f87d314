import { defineStrings } from '../define-strings';

/**
 * The editor's fields added with plain words (issue 21): date-times on a 24-hour clock, the map label and
 * its preview, and adding a source to the scenario.
 */
export const editorFieldStrings = defineStrings(
  {
    clockPlaceholder: 'DD/MM/YYYY HH:MM',
    clockInvalid: 'Write the date and time as DD/MM/YYYY HH:MM, on a 24-hour clock (e.g. 13/11/2023 14:05).',
    mapLabelField: 'Map label',
    mapLabelInEn: 'Map label, English',
    mapLabelInFr: 'Map label, French',
    mapLabelHint:
      'The few words drawn on the map beside the feature; the name above is for lists and panels.',
    mapLabelPreview: 'On the map: {text}',
    mapLabelPreviewNone: 'On the map: no label',
    addScenarioSource: 'Add a source',
    newSourceLegend: 'New source',
    sourceReportedField: 'What it reports (optional)',
    sourceSave: 'Add',
    sourceDiscard: 'Cancel',
    sourceNeedsTitle: 'Write the title of the source.',
    sourceNeedsPublisher: 'Write who published it.',
    sourceNeedsDate: 'Write its date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-11-14).',
    sourceNeedsUrl: 'Write the link as an address starting with http:// or https://, or leave it empty.',
    sourceAdded: 'Source “{title}” added.',
  },
  {
    clockPlaceholder: 'JJ/MM/AAAA HH:MM',
    clockInvalid:
      'Écrivez la date et l’heure sous la forme JJ/MM/AAAA HH:MM, sur 24 heures (p. ex. 13/11/2023 14:05).',
    mapLabelField: 'Libellé sur la carte',
    mapLabelInEn: 'Libellé sur la carte, anglais',
    mapLabelInFr: 'Libellé sur la carte, français',
    mapLabelHint:
      'Les quelques mots dessinés sur la carte près de l’élément ; le nom ci-dessus sert aux listes et aux panneaux.',
    mapLabelPreview: 'Sur la carte : {text}',
    mapLabelPreviewNone: 'Sur la carte : aucun libellé',
    addScenarioSource: 'Ajouter une source',
    newSourceLegend: 'Nouvelle source',
    sourceReportedField: 'Ce qu’elle rapporte (facultatif)',
    sourceSave: 'Ajouter',
    sourceDiscard: 'Annuler',
    sourceNeedsTitle: 'Écrivez le titre de la source.',
    sourceNeedsPublisher: 'Écrivez qui l’a publiée.',
    sourceNeedsDate: 'Écrivez sa date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ (p. ex. 2023-11-14).',
    sourceNeedsUrl:
      'Écrivez le lien comme une adresse commençant par http:// ou https://, ou laissez-le vide.',
    sourceAdded: 'Source « {title} » ajoutée.',
  },
);
