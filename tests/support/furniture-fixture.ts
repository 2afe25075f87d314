// Test support: a Kidal-like frame whose legend uses every swatch type.
import type { LegendEntry } from '../../src/cartography/legend-entry';
import type { FurnitureInput } from '../../src/furniture/furniture-input';

const BLUE: [number, number, number, number] = [0, 114, 178, 255];
const ORANGE: [number, number, number, number] = [213, 94, 0, 255];
const WHITE: [number, number, number, number] = [255, 255, 255, 255];

export const SAMPLE_LEGEND: LegendEntry[] = [
  {
    key: 'advance',
    swatch: { type: 'arrow', color: BLUE, casing: WHITE },
    label: { en: 'Malian army and Wagner advance', fr: 'Avancée de l’armée malienne et de Wagner' },
  },
  {
    key: 'trail',
    swatch: { type: 'line', color: BLUE, width: 4, dash: [7, 5], casing: WHITE },
    label: 'Route reported, exact path unknown',
  },
  {
    key: 'corridor',
    swatch: { type: 'corridor', fill: [0, 114, 178, 70], stroke: BLUE },
    label: 'Route known only as a corridor',
  },
  {
    key: 'town',
    swatch: { type: 'circle', fill: BLUE, stroke: WHITE },
    label: { en: 'Town held by the Malian army', fr: 'Ville tenue par l’armée malienne' },
  },
  {
    key: 'clash',
    swatch: { type: 'circle', fill: ORANGE, stroke: WHITE, ring: ORANGE },
    label: 'Clash; time known only within a window of hours',
  },
  { key: 'strike', swatch: { type: 'pulse', color: [230, 30, 30, 255] }, label: 'Drone or air strike' },
  {
    key: 'approx',
    swatch: { type: 'halo', fill: [213, 94, 0, 60], stroke: ORANGE },
    label: 'Position known only to within about 10 km',
  },
  {
    key: 'contested',
    swatch: { type: 'area', fill: [213, 94, 0, 50], stroke: ORANGE, hatch: BLUE },
    label: { en: 'Contested area', fr: 'Zone disputée' },
  },
];

export function sampleInput(
  width: number,
  height: number,
  overrides: Partial<FurnitureInput> = {},
): FurnitureInput {
  return {
    width,
    height,
    theme: 'projector',
    lang: 'en',
    title: 'Battle of Kidal',
    timeLabel: '13 November 2023, 14:00 GMT',
    subtitle: 'Northern Mali, 10–14 November 2023',
    center: [1.2, 18.6],
    zoom: 7,
    bearing: 0,
    bounds: [
      [-2, 15.5],
      [4.5, 21.5],
    ],
    legend: SAMPLE_LEGEND,
    attribution: '© Sandtable · Natural Earth · GeoNames · Sources: Wikipedia, RFI, Le Monde, ACLED',
    uncertaintyNote: 'Positions and times are approximate, from public reports that sometimes disagree.',
    ...overrides,
  };
}
