import { FORMAT } from '../model/schema';
import type { Camera } from '../model/camera';
import type { ScenarioFiles } from '../scenario/load';
import { isoSeconds } from './spread-times';
import { slugOf } from './manifest-lists';
import { roundView } from './round-view';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/**
 * The files of an empty scenario: the given title, a week from `now` (to the hour) in the browser's zone, the
 * current view, and two sides in colours every reader tells apart, to be renamed. No source yet: the problem
 * list asks for one.
 */
export function newScenarioFiles(o: {
  title: string;
  now: number;
  view: Camera;
  timeZone: string;
}): ScenarioFiles {
  const start = Math.floor(o.now / HOUR) * HOUR;
  const manifest = {
    format: FORMAT,
    id: slugOf(o.title, 'scenario'),
    title: o.title,
    timeZone: o.timeZone,
    timeRange: { start: isoSeconds(start), end: isoSeconds(start + WEEK) },
    initialTime: isoSeconds(start),
    defaultView: roundView(o.view),
    sides: [
      { id: 'side-a', name: { en: 'Side A', fr: 'Camp A' }, color: '#0072B2' },
      { id: 'side-b', name: { en: 'Side B', fr: 'Camp B' }, color: '#D55E00' },
    ],
    sources: [],
    files: ['features.geojson'],
  };
  return {
    'scenario.json': JSON.stringify(manifest, null, 2) + '\n',
    'features.geojson': JSON.stringify({ type: 'FeatureCollection', features: [] }, null, 2) + '\n',
  };
}
