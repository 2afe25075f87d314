import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Geometry } from 'geojson';
import type { MapView } from '../map/map-view';
import type { DocFeature } from './draft-doc';
import type { Tool } from './editor-session.svelte';
import type { DrawTool } from './new-feature';

export interface DrawingEvents {
  /** A drawing tool finished a shape. */
  ondraw(tool: DrawTool, geometry: Geometry): void;
  /** The selected feature's geometry was changed by hand (vertex moved, inserted, deleted; feature dragged). */
  onreshape(id: string, geometry: Geometry): void;
  /** A click in select mode: the feature under the pointer, or undefined on empty map. */
  onpick(id: string | undefined): void;
}

const MODE: Record<Tool, string> = {
  select: 'select',
  movement: 'linestring',
  place: 'point',
  event: 'point',
  strike: 'point',
  area: 'polygon',
};

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

/**
 * Drawing and reshaping on the MapLibre map through Terra Draw (its hit testing, vertex handles, midpoints
 * and key handling: Enter finishes, Escape cancels). Clicks on features drawn by the app are picked with
 * deck.gl's own picking.
 */
export class MapDrawing {
  #draw: TerraDraw;
  #view: MapView;
  #tool: Tool = 'select';
  #shownId: string | undefined;
  #events: DrawingEvents;
  #onclick: (e: { point: { x: number; y: number } }) => void;
  #doubleClickZoom: boolean;

  constructor(view: MapView, events: DrawingEvents) {
    this.#view = view;
    this.#events = events;
    let n = 0;
    this.#draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map: view.map, coordinatePrecision: 6, prefixId: 'editor' }),
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
    this.#draw.start();
    this.#draw.setMode('select');
    this.#draw.on('finish', (id, context) => this.#finished(String(id), context.action));
    // A double-click finishes a line (Terra Draw closes it on a second click on the last vertex); it must not
    // also zoom the map.
    this.#doubleClickZoom = view.map.doubleClickZoom.isEnabled();
    view.map.doubleClickZoom.disable();
    this.#onclick = (e) => {
      if (this.#tool !== 'select') return;
      const picked = view.overlay.pickObject({ x: e.point.x, y: e.point.y, radius: 6 }) as {
        object?: { feature?: { id?: string }; id?: string };
      } | null;
      const id = picked?.object?.feature?.id;
      if (id) return this.#events.onpick(id);
      // A click on the selected shape itself (its handles, its line) keeps it selected.
      const onShape = this.#shownId
        ? this.#draw
            .getFeaturesAtLngLat(view.map.unproject([e.point.x, e.point.y]), { pointerDistance: 8 })
            .some((f) => f.id === this.#shownId)
        : false;
      if (!onShape) this.#events.onpick(undefined);
    };
    view.map.on('click', this.#onclick);
  }

  get tool(): Tool {
    return this.#tool;
  }

  setTool(tool: Tool): void {
    if (tool === this.#tool) return;
    this.#tool = tool;
    if (tool !== 'select') this.show(undefined);
    this.#draw.setMode(MODE[tool]);
  }

  /** Feeds Enter or Escape to the shape being drawn when the key was pressed outside the map. */
  key(key: 'Enter' | 'Escape'): void {
    const canvas = this.#view.map.getCanvas();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    canvas.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
  }

  /** Shows the selected feature with its handles, or nothing; a no-op when it is already shown as it is. */
  show(feature: DocFeature | undefined): void {
    const id = feature?.properties.id;
    if (id && this.#shownId === id && this.#draw.hasFeature(id)) {
      const current = this.#draw.getSnapshotFeature(id);
      if (current && JSON.stringify(current.geometry) === JSON.stringify(feature.geometry)) return;
    }
    if (this.#shownId && this.#draw.hasFeature(this.#shownId)) this.#draw.removeFeatures([this.#shownId]);
    this.#shownId = undefined;
    if (!feature || this.#tool !== 'select') return;
    const mode = modeOfGeometry(feature.geometry);
    if (!mode) return;
    const [result] = this.#draw.addFeatures([
      { id: feature.properties.id, type: 'Feature', geometry: feature.geometry, properties: { mode } },
    ] as GeoJSONStoreFeatures[]);
    if (!result?.valid) return;
    this.#shownId = feature.properties.id;
    this.#draw.selectFeature(feature.properties.id);
  }

  #finished(id: string, action: string): void {
    const feature = this.#draw.getSnapshotFeature(id);
    if (!feature) return;
    if (action === 'draw') {
      this.#draw.removeFeatures([id]);
      if (this.#tool !== 'select') this.#events.ondraw(this.#tool, feature.geometry as Geometry);
    } else if (id === this.#shownId) {
      this.#events.onreshape(id, feature.geometry as Geometry);
    }
  }

  destroy(): void {
    this.#view.map.off('click', this.#onclick);
    this.#draw.stop();
    if (this.#doubleClickZoom) this.#view.map.doubleClickZoom.enable();
  }
}

function modeOfGeometry(g: Geometry | null | undefined): string | undefined {
  if (g?.type === 'LineString') return 'linestring';
  if (g?.type === 'Point') return 'point';
  if (g?.type === 'Polygon') return 'polygon';
  return undefined;
}
