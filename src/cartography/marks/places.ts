import { sideColor } from '../symbology';
import { entry, type Mark } from './mark';

/** Places held at t, keyed in the first holder's colour. */
export const places: Mark = {
  id: 'places',
  layers: ['place-marker'],
  legend: ({ scenario, frame, ink }) => {
    const holder = frame.places.find((p) => p.controller)?.controller;
    return holder
      ? [
          entry(
            'kind',
            'held',
            { type: 'circle', fill: sideColor(scenario, holder), stroke: ink.outline },
            'kindHeld',
            'legendHeld',
          ),
        ]
      : [];
  },
};
