import { defineStrings } from '../define-strings';

/** The basemap: its relief, opening one's own, and where the built-in one runs out of detail. */
export const basemapStrings = defineStrings(
  {
    relief: 'Relief',
    reliefHint: 'Shade the ground by its relief (the built-in basemap only)',
    openBasemap: 'Open basemap…',
    openBasemapHint: 'Draw the map on a .pmtiles basemap from this computer (nothing is uploaded)',
    builtInBasemap: 'Use built-in basemap',
    basemapInUse: 'Basemap: {name}',
    basemapOpenFailed: 'Could not open {name}: {reason}',
    basemapDetailEnds: 'base map detail ends at 1:{scale} — open a detailed basemap',
  },
  {
    relief: 'Relief',
    reliefHint: 'Ombrer le terrain selon son relief (fond de carte intégré seulement)',
    openBasemap: 'Ouvrir un fond de carte…',
    openBasemapHint: 'Dessiner la carte sur un fond .pmtiles de cet ordinateur (rien n’est envoyé)',
    builtInBasemap: 'Fond de carte intégré',
    basemapInUse: 'Fond de carte : {name}',
    basemapOpenFailed: 'Impossible d’ouvrir {name} : {reason}',
    basemapDetailEnds: 'le détail du fond de carte s’arrête au 1:{scale} — ouvrez un fond de carte détaillé',
  },
);
