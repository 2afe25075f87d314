import { isClaimed, isEstimated } from '../symbology';
import { entry, type Mark } from './mark';

/** A route or position estimated rather than observed: a long-dashed trail. */
export const estimated: Mark = {
  id: 'estimated',
  layers: ['movement-trail', 'track-ribbons'],
  legend: ({ frame, ink }) =>
    frame.movements.some((m) => isEstimated(m.feature.props))
      ? [
          entry(
            'mark',
            'estimated',
            { type: 'line', color: ink.muted, width: 4, dash: [10, 6] },
            'markEstimated',
            'legendEstimated',
          ),
        ]
      : [],
};

/** What one side claims and no one confirms: a short-dashed trail or outline. */
export const claimed: Mark = {
  id: 'claimed',
  layers: ['movement-trail', 'track-ribbons', 'event-marker', 'strike-marker', 'clash-zone'],
  legend: ({ frame, ink }) =>
    [...frame.movements, ...frame.events].some((s) => isClaimed(s.feature.props))
      ? [
          entry(
            'mark',
            'claimed',
            { type: 'line', color: ink.muted, width: 4, dash: [3, 6] },
            'markClaimed',
            'legendClaimed',
          ),
        ]
      : [],
};

/** An event whose time is known only to a window: a dashed ring round its marker while the window is open. */
export const timeWindow: Mark = {
  id: 'time-window',
  layers: ['time-uncertain-ring'],
  legend: ({ frame, ink, grouped }) =>
    !grouped &&
    frame.events.some((e) => e.feature.geometry.type === 'Point' && e.feature.windowed && e.inWindow)
      ? [
          entry(
            'mark',
            'time-window',
            { type: 'circle', fill: [0, 0, 0, 0], stroke: ink.muted, ring: ink.outline },
            'markWindow',
            'legendWindow',
          ),
        ]
      : [],
};
