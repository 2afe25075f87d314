import { defineStrings } from '../define-strings';

/**
 * What the loader and the importers expected, said after "should be" in a problem (geometry, KML), and the
 * words of the symbol legend and the inset map that used to sit beside their code as English/French pairs.
 */
export const checkStrings = defineStrings(
  {
    expectPosition: 'a position [longitude, latitude]',
    expectLongitude: 'a longitude between -180 and 180',
    expectLatitude: 'a latitude between -90 and 90',
    expectPositions: 'an array of at least {n} positions',
    expectRings: 'an array of linear rings',
    expectClosedRing: 'a closed ring (last position equal to the first, {first})',
    expectNonEmpty: 'a non-empty array',
    expectGeometry: 'a GeoJSON geometry ({types})',
    expectGeometryFor: '{types} for a {kind}',
    orWord: 'or',
    expectKml: 'well-formed KML (XML)',
    expectKmlRoot: 'a <kml> document',
    expectKmlReadable: 'a readable KML file',
    expectPlacemarkPosition: 'a position (the placemark’s <Point> is empty, or it has no geometry)',
    noPosition: 'no position',
    symbolTypeEstimated: 'type estimated',
    symbolFramesNeutral:
      'Unit symbols: square frames for every side (no side’s point of view); the fill is the side’s colour',
    symbolFramesOf:
      'Unit symbols from {side}’s point of view: friend blue rectangle, hostile red diamond, neutral green square',
  },
  {
    expectPosition: 'une position [longitude, latitude]',
    expectLongitude: 'une longitude entre -180 et 180',
    expectLatitude: 'une latitude entre -90 et 90',
    expectPositions: 'un tableau d’au moins {n} positions',
    expectRings: 'un tableau d’anneaux',
    expectClosedRing: 'un anneau fermé (dernière position égale à la première, {first})',
    expectNonEmpty: 'un tableau non vide',
    expectGeometry: 'une géométrie GeoJSON ({types})',
    expectGeometryFor: '{types} pour un élément de type « {kind} »',
    orWord: 'ou',
    expectKml: 'du KML (XML) bien formé',
    expectKmlRoot: 'un document <kml>',
    expectKmlReadable: 'un fichier KML lisible',
    expectPlacemarkPosition: 'une position (le <Point> du repère est vide, ou il n’a pas de géométrie)',
    noPosition: 'aucune position',
    symbolTypeEstimated: 'type estimé',
    symbolFramesNeutral:
      'Symboles d’unités : cadre carré pour chaque camp (aucun point de vue) ; le remplissage est la couleur du camp',
    symbolFramesOf:
      'Symboles d’unités du point de vue de {side} : ami rectangle bleu, hostile losange rouge, neutre carré vert',
  },
);
