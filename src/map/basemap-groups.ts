import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BOLD_FONT, REGULAR_FONT, type BasemapPalette } from './basemap-palette';

const isKind = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
/** Linear zoom ramp, as the flat [zoom, value, zoom, value, ...] list. */
const ramp = (...stops: (number | ExpressionSpecification)[]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...stops,
];

/** The halo every basemap name wears, so it reads over relief, roads and the campaign's marks. */
export function labelHalo(p: BasemapPalette) {
  return { 'text-halo-color': p.labelHalo, 'text-halo-width': 1.6, 'text-halo-blur': 0.2 };
}

/**
 * The regional layer (regional.geojson): the massif's outline, roads and tracks, and their names in the
 * language shown (English where a name has no translation).
 */
export function regionalLayers(p: BasemapPalette, lang: 'en' | 'fr') {
  const halo = labelHalo(p);
  const regionalName: ExpressionSpecification = ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
  const massifOutline: LayerSpecification = {
    id: 'massif-outline',
    type: 'line',
    source: 'regional',
    filter: isKind('massif'),
    // An outline, not a fill: a fill over the relief washed out the very mountains it marks.
    layout: { 'line-join': 'round' },
    paint: { 'line-color': p.massifOutline, 'line-width': ramp(5, 1, 9, 2), 'line-dasharray': [2, 1.5] },
  };
  const roads: LayerSpecification[] = [
    {
      id: 'roads-casing',
      type: 'line',
      source: 'regional',
      filter: isKind('road'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.roadCasing, 'line-width': ramp(5, 2.4, 7, 4.2, 10, 7), 'line-opacity': 0.7 },
    },
    {
      id: 'roads',
      type: 'line',
      source: 'regional',
      filter: isKind('road'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.road, 'line-width': ramp(5, 1.2, 7, 2.4, 10, 4) },
    },
    {
      id: 'tracks',
      type: 'line',
      source: 'regional',
      filter: isKind('track'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.track, 'line-width': ramp(5, 1, 7, 1.6, 10, 2.6), 'line-dasharray': [3, 2] },
    },
  ];
  const labels: LayerSpecification[] = [
    {
      id: 'massif-label',
      type: 'symbol',
      source: 'regional',
      filter: ['all', isKind('massif'), isPoint],
      minzoom: 5.5,
      layout: {
        'text-field': regionalName,
        'text-font': [REGULAR_FONT],
        'text-size': ramp(6, 12, 10, 16),
        'text-letter-spacing': 0.12,
        'text-max-width': 6,
        // On the outline's most interior point, clear of the towns on its edge. A fixed anchor keeps every
        // frame independent of the frames before it.
        'text-anchor': 'center',
      },
      paint: { 'text-color': p.massifLabel, ...halo },
    },
    {
      id: 'road-labels',
      type: 'symbol',
      source: 'regional',
      filter: ['in', ['get', 'kind'], ['literal', ['road', 'track']]],
      minzoom: 7.5,
      layout: {
        'symbol-placement': 'line',
        'text-field': regionalName,
        'text-font': [REGULAR_FONT],
        'text-size': 12,
        // Beside the line rather than on it, so the road does not strike through the letters.
        'text-offset': [0, -0.9],
        'symbol-spacing': 400,
      },
      paint: { 'text-color': p.minorLabel, ...halo },
    },
  ];
  return { massifOutline, roads, labels };
}

/**
 * The campaign's towns (towns.geojson): dots for both ranks, the minor towns' names, and the key towns' names
 * in bold, which go last in the stack so they are placed first and win every collision.
 */
export function townLayers(p: BasemapPalette) {
  const halo = labelHalo(p);
  const dots = (id: string, filter: ExpressionSpecification, minzoom: number): LayerSpecification => ({
    id,
    type: 'circle',
    source: 'towns',
    filter,
    minzoom,
    paint: {
      'circle-color': p.townDot,
      'circle-stroke-color': p.townDotStroke,
      'circle-stroke-width': 1.2,
      'circle-radius': ramp(2, 2, 9, ['case', ['==', ['get', 'rank'], 1], 5, 3.5]),
    },
  });
  const names = (
    id: string,
    rank: number,
    minzoom: number,
    font: string,
    size: ExpressionSpecification,
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source: 'towns',
    filter: ['==', ['get', 'rank'], rank],
    minzoom,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [font],
      'text-size': size,
      // A fixed anchor, not a variable one: MapLibre keeps a variable label on the anchor it chose in earlier
      // frames, which would make a frame depend on how it was reached. Map labels reserve this spot too.
      'text-anchor': 'left',
      'text-offset': [0.6, 0],
    },
    paint: {
      'text-color': rank === 1 ? p.keyLabel : p.label,
      ...halo,
      'text-halo-width': rank === 1 ? 2 : 1.6,
    },
  });
  return {
    dots: [
      dots('town-dots', ['<=', ['get', 'rank'], 1], 0),
      dots('town-dots-minor', ['==', ['get', 'rank'], 2], 6),
    ],
    minorLabels: names('town-labels', 2, 6, REGULAR_FONT, ramp(6, 11, 10, 13)),
    keyLabels: names('town-labels-key', 1, 4, BOLD_FONT, ramp(4, 12, 9, 17)),
  };
}
