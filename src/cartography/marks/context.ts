import { contextLegend } from '../context-legend';
import type { Mark } from './mark';

/** The context layers under the campaign (roads, regions…), one entry per layer on the map at t. */
export const context: Mark = {
  id: 'context',
  layers: [
    'context-area',
    'context-line',
    'context-point',
    'context-timed-area',
    'context-timed-line',
    'context-timed-point',
  ],
  legend: ({ scenario, frame, theme }) => contextLegend(scenario, frame.t, theme),
};
