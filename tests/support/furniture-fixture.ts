// Test support: a Kidal-like frame whose legend uses every swatch type and every group.
import type { LegendEntry } from '../../src/cartography/legend-entry';
import type { FurnitureInput } from '../../src/furniture/furniture-input';
import { chooseInset } from '../../src/furniture/inset-choice';
import type { InsetWorld } from '../../src/furniture/inset-world';
import world from '../../src/furniture/world-inset.json';

/** The inset of a campaign around Kidal, from the world the app loads. */
export const KIDAL_INSET = chooseInset(
  [
    [1.41, 18.44],
    [0.5, 16.7],
  ],
  world as unknown as InsetWorld,
);

const BLUE: [number, number, number, number] = [0, 114, 178, 255];
const ORANGE: [number, number, number, number] = [213, 94, 0, 255];
const WHITE: [number, number, number, number] = [255, 255, 255, 255];
const GREY: [number, number, number, number] = [200, 200, 200, 255];

const entry = (
  key: string,
  group: LegendEntry['group'],
  swatch: LegendEntry['swatch'],
  en: string,
  fr: string,
): LegendEntry => ({ key, group, swatch, label: { en, fr }, explanation: { en: `${en}: explained`, fr } });

export const SAMPLE_LEGEND: LegendEntry[] = [
  entry('side-fama', 'side', { type: 'arrow', color: BLUE, casing: WHITE }, 'FAMa–Wagner', 'FAMa–Wagner'),
  entry('side-csp', 'side', { type: 'arrow', color: WHITE, casing: ORANGE }, 'CSP-PSD', 'CSP-PSD'),
  entry('estimated', 'mark', { type: 'line', color: GREY, width: 4, dash: [10, 6] }, 'Estimated', 'Estimé'),
  entry('claimed', 'mark', { type: 'line', color: GREY, width: 4, dash: [3, 6] }, 'Claimed', 'Revendiqué'),
  entry(
    'time-window',
    'mark',
    { type: 'circle', fill: [0, 0, 0, 0], stroke: GREY, ring: WHITE },
    'Window',
    'Fenêtre',
  ),
  entry(
    'corridor',
    'mark',
    { type: 'corridor', fill: [0, 114, 178, 70], stroke: BLUE },
    'Corridor',
    'Couloir',
  ),
  entry('halo', 'mark', { type: 'halo', fill: [213, 94, 0, 60], stroke: ORANGE }, 'Radius', 'Rayon'),
  entry('strike-now', 'kind', { type: 'pulse', color: [230, 30, 30, 255] }, 'Strike now', 'Frappe en cours'),
  entry('clash', 'kind', { type: 'area', fill: [213, 94, 0, 50], stroke: ORANGE }, 'Clash', 'Combats'),
  entry(
    'contested',
    'kind',
    { type: 'area', fill: [213, 94, 0, 50], stroke: ORANGE, hatch: BLUE },
    'Contested',
    'Contesté',
  ),
  entry('held', 'kind', { type: 'circle', fill: BLUE, stroke: WHITE }, 'Held', 'Tenu'),
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
    inset: KIDAL_INSET,
    legend: SAMPLE_LEGEND,
    attribution: '© Sandtable · Natural Earth · GeoNames · Sources: Wikipedia, RFI, Le Monde, ACLED',
    attributionShort: '© Sandtable · Natural Earth · GeoNames · + 18 sources',
    uncertaintyNote: 'Positions and times are approximate, from public reports that sometimes disagree.',
    ...overrides,
  };
}
