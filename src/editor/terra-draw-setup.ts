import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Map as MapLibreMap } from 'maplibre-gl';

// Terra Draw only ever holds the shape being drawn or the one selected; the scenario is drawn by the app's
// own pure render. Yellow is the app's focus colour: what is being edited stands out from every side colour.
const EDIT = '#f0e442';
const OUTLINE = '#111418';

const editable = {
  feature: {
    draggable: true,
    coordinates: { draggable: true, midpoints: { draggable: true }, deletable: true },
  },
};

/** Sources Terra Draw adds to the map (its adapter's names under our prefix). */
export const DRAWING_SOURCES = ['editor-point', 'editor-linestring', 'editor-polygon'];

/**
 * A Terra Draw on this map with the editor's modes: select (vertices draggable, midpoints insert, right-click
 * deletes a vertex), linestring and polygon (Enter finishes, Escape cancels), point.
 */
export function createTerraDraw(map: MapLibreMap): TerraDraw {
  let n = 0;
  return new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 6, prefixId: 'editor' }),
    idStrategy: {
      isValidId: (id) => typeof id === 'string' && id.length > 0,
      getId: () => `drawing-${++n}`,
    },
    modes: [
      new TerraDrawSelectMode({
        flags: { linestring: editable, point: { feature: { draggable: true } }, polygon: editable },
        keyEvents: null,
        allowManualDeselection: false,
        styles: {
          selectedLineStringColor: EDIT,
          selectedLineStringWidth: 4,
          selectedPolygonColor: EDIT,
          selectedPolygonFillOpacity: 0.15,
          selectedPolygonOutlineColor: EDIT,
          selectedPolygonOutlineWidth: 3,
          selectedPointColor: EDIT,
          selectedPointWidth: 8,
          selectedPointOutlineColor: OUTLINE,
          selectedPointOutlineWidth: 2,
          selectionPointColor: EDIT,
          selectionPointWidth: 6,
          selectionPointOutlineColor: OUTLINE,
          selectionPointOutlineWidth: 2,
          midPointColor: '#ffffff',
          midPointOutlineColor: OUTLINE,
          midPointWidth: 4,
        },
      }),
      new TerraDrawLineStringMode({
        keyEvents: { cancel: 'Escape', finish: 'Enter' },
        styles: {
          lineStringColor: EDIT,
          lineStringWidth: 4,
          closingPointColor: EDIT,
          closingPointWidth: 6,
        },
      }),
      new TerraDrawPointMode({ styles: { pointColor: EDIT, pointWidth: 8, pointOutlineColor: OUTLINE } }),
      new TerraDrawPolygonMode({
        keyEvents: { cancel: 'Escape', finish: 'Enter' },
        styles: { fillColor: EDIT, fillOpacity: 0.15, outlineColor: EDIT, outlineWidth: 3 },
      }),
    ],
  });
}
