import { defineStrings } from '../define-strings';

/** The PowerPoint deck and the other briefing-kit outputs (GIF, captions, single file). */
export const deckStrings = defineStrings(
  {
    deckSources: 'Sources',
    deckLegend: 'Legend',
    deckFacts: 'What happened',
    deckMoreFacts: '… and {n} more (see the map and the notes)',
    deckNotesSources: 'Sources for this chapter:',
    deckStillAt: 'Map at {time}',
    deckMadeWith: 'Made with Sandtable from the scenario {id}. Every fact on the map cites its sources.',
    deckClip: 'Clip of the chapter',
    saveBriefing: 'Save briefing as one file…',
    symbols: 'Symbols',
    exportGif: 'Animated GIF',
    exportDeck: 'Deck (PowerPoint, PPTX)',
    exportCaptions: 'Captions: chapter title and caption as a lower third',
    gifHint:
      'One palette for the whole clip; GIFs are large: keep to 720p and a few fps (a warning above 20 MB).',
    gifLarge:
      'This GIF will be about {mb} MB, over the 20 MB guard: fewer frames, fps or pixels make it smaller.',
    deckHint:
      'A title slide, one slide per chapter (its still, caption and facts; sources in the notes) and a legend slide.',
    deckMoment: 'Still of each chapter at its',
    deckMomentEnd: 'end',
    deckMomentMiddle: 'middle',
    deckMomentStart: 'start',
    deckClips: 'Embed each chapter’s clip as video',
    deckClipSeconds: 'Clip length (s)',
    symbolsHint: 'Unit symbols on the map and in exports; off shows the arrows alone',
    saveBriefingFailed: 'The briefing could not be saved: {reason}',
  },
  {
    deckSources: 'Sources',
    deckLegend: 'Légende',
    deckFacts: 'Ce qui s’est passé',
    deckMoreFacts: '… et {n} de plus (voir la carte et les notes)',
    deckNotesSources: 'Sources de ce chapitre :',
    deckStillAt: 'Carte au {time}',
    deckMadeWith:
      'Réalisé avec Sandtable à partir du scénario {id}. Chaque fait de la carte cite ses sources.',
    deckClip: 'Extrait du chapitre',
    saveBriefing: 'Enregistrer le briefing en un seul fichier…',
    symbols: 'Symboles',
    exportGif: 'GIF animé',
    exportDeck: 'Présentation (PowerPoint, PPTX)',
    exportCaptions: 'Sous-titres : titre et légende du chapitre en bas de l’image',
    gifHint:
      'Une palette pour tout l’extrait ; les GIF sont lourds : restez en 720p et à peu d’images/s (avertissement au-delà de 20 Mo).',
    gifLarge:
      'Ce GIF fera environ {mb} Mo, au-delà du seuil de 20 Mo : moins d’images, d’images/s ou de pixels le rendent plus léger.',
    deckHint:
      'Une diapositive de titre, une par chapitre (son image, sa légende et ses faits ; les sources dans les notes) et une de légende.',
    deckMoment: 'Image de chaque chapitre à son',
    deckMomentEnd: 'terme',
    deckMomentMiddle: 'milieu',
    deckMomentStart: 'début',
    deckClips: 'Intégrer l’extrait vidéo de chaque chapitre',
    deckClipSeconds: 'Durée de l’extrait (s)',
    symbolsHint: 'Symboles d’unités sur la carte et dans les exports ; décoché, les flèches seules',
    saveBriefingFailed: 'Le briefing n’a pas pu être enregistré : {reason}',
  },
);
