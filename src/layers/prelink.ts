import type { Layer } from '@deck.gl/core';
import { TrackRibbonLayer } from './track-ribbon-layer';
import { HeadLayer } from './head-layer';
import type { TrackGeometry } from './track-geometry';

/** No track at all: a ribbon layer is built (and its program linked) from this much. */
const NO_TRACKS: TrackGeometry = {
  segmentStart: new Uint32Array([0]),
  bounds: new Float32Array(0),
  quads: 0,
  ends: new Float32Array(0),
  times: new Float32Array(0),
  colors: new Uint8Array(0),
  styles: new Uint8Array(0),
  movements: [],
  indexOf: new Map(),
};
const NO_QUADS = { indices: new Uint32Array(0), done: 0 };

/**
 * The layers a large scenario draws its movements with (`timedMovementLayers`), hidden and empty, beside a
 * small scenario's own. Hidden layers are still built, so their shader programs are compiled and linked while
 * the small scenario is on screen; when a large one is opened its layers find the programs ready (deck.gl
 * shares a program between layers with the same shaders), where otherwise software WebGL would compile them
 * in the frame that first shows the large scenario, and hold the page for it.
 */
export function prelinkedLayers(): Layer[] {
  return [
    new TrackRibbonLayer({
      id: 'prelinked-track-ribbons',
      visible: false,
      data: [],
      geometry: NO_TRACKS,
      selection: NO_QUADS,
      ribbon: {
        haloColor: [1, 1, 1, 1],
        currentTime: 0,
        trailLength: 0,
        movingWidth: 0,
        doneWidth: 0,
        casing: 0,
        campaign: 0,
        doneAlpha: 0,
        haloAlpha: 0,
      },
    }),
    new HeadLayer<never>({ id: 'prelinked-track-heads', visible: false, data: [], pickable: true }),
  ];
}
