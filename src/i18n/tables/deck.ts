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
    symbolsHint: 'Symboles d’unités sur la carte et dans les exports ; décoché, les flèches seules',
    saveBriefingFailed: 'Le briefing n’a pas pu être enregistré : {reason}',
  },
);
