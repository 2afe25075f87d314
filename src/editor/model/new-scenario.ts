import { FORMAT } from '../../model/schema';
import type { Camera } from '../../model/camera';
import type { ScenarioFiles } from '../../scenario/load';
import { isoSeconds } from './spread-times';
import { slugOf } from './manifest-lists';
import { roundView } from '../round-view';
import { both } from '../../i18n/strings';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
// Okabe–Ito: told apart with the common colour-vision deficiencies.
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/**
 * The files of an empty scenario: the given title, dates (by default a week from `now`, to the hour), zone and
 * sides (by default two, to be renamed), at the current view. Sides take colours every reader tells apart. No
 * source yet: the problem list asks for one.
 */
export function newScenarioFiles(o: {
  title: string;
  now: number;
  view: Camera;
  timeZone: string;
  start?: number;
  end?: number;
  sides?: readonly string[];
}): ScenarioFiles {
  const start = o.start ?? Math.floor(o.now / HOUR) * HOUR;
  const end = o.end ?? start + WEEK;
  const sides = o.sides
    ? o.sides.map((name, i) => ({
        id: `side-${String.fromCharCode(97 + (i % 26))}${i >= 26 ? i : ''}`,
        name,
        color: PALETTE[i % PALETTE.length]!,
      }))
    : [
        { id: 'side-a', name: both('saidSideA'), color: PALETTE[0]! },
        { id: 'side-b', name: both('saidSideB'), color: PALETTE[1]! },
      ];
  const manifest = {
    format: FORMAT,
    id: slugOf(o.title, 'scenario'),
    title: o.title,
    timeZone: o.timeZone,
    timeRange: { start: isoSeconds(start), end: isoSeconds(end) },
    initialTime: isoSeconds(start),
    defaultView: roundView(o.view),
    sides,
    sources: [],
    files: ['features.geojson'],
  };
  return {
    'scenario.json': JSON.stringify(manifest, null, 2) + '\n',
    'features.geojson': JSON.stringify({ type: 'FeatureCollection', features: [] }, null, 2) + '\n',
  };
}
