import { defineStrings } from '../define-strings';

/** The presenter's pen, laser and snapshot. */
export const inkStrings = defineStrings(
  {
    inkTools: 'Presenter ink',
    inkPen: 'Pen (P)',
    inkLaser: 'Laser (L)',
    inkEraser: 'Eraser (E)',
    inkClear: 'Clear (C)',
    inkColour: 'Ink colour: {name}',
    inkYellow: 'yellow',
    inkRed: 'red',
    inkCyan: 'cyan',
    inkWhite: 'white',
    inkKeep: 'Keep ink across chapters',
    inkSnapshot: 'Snapshot',
    inkSnapshotFailed: 'The snapshot failed: {reason}',
    inkCanvas: 'Presenter ink over the map',
  },
  {
    inkTools: 'Encre du présentateur',
    inkPen: 'Stylo (P)',
    inkLaser: 'Laser (L)',
    inkEraser: 'Gomme (E)',
    inkClear: 'Effacer tout (C)',
    inkColour: 'Couleur de l’encre : {name}',
    inkYellow: 'jaune',
    inkRed: 'rouge',
    inkCyan: 'cyan',
    inkWhite: 'blanc',
    inkKeep: 'Garder l’encre d’un chapitre à l’autre',
    inkSnapshot: 'Instantané',
    inkSnapshotFailed: 'L’instantané a échoué : {reason}',
    inkCanvas: 'Encre du présentateur sur la carte',
  },
);
