import type { TerraDraw, GeoJSONStoreFeatures } from 'terra-draw';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Geometry } from 'geojson';
import type { MapView } from '../map/map-view';
import type { DocFeature } from './model/draft-doc';
import type { Tool } from './editor-session.svelte';
import type { DrawTool } from './model/new-feature';
import { createTerraDraw, DRAWING_SOURCES } from './terra-draw-setup';

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

/**
 * Drawing and reshaping on the MapLibre map through Terra Draw (its hit testing, vertex handles, midpoints
 * and key handling: Enter finishes, Escape cancels). Clicks on features drawn by the app are picked with
 * deck.gl's own picking.
 */
export class MapDrawing {
  #draw!: TerraDraw;
  #map!: MapLibreMap;
  #view: MapView;
  #tool: Tool = 'select';
  #shownId: string | undefined;
  #events: DrawingEvents;
  #doubleClickZoom = true;
  /**
   * A shape was just finished with a click (the second of a double-click): that same click then reaches the
   * map's click handler in select mode, where it must not deselect the shape it just made. A new press clears
   * it, so a finish by Enter leaves the next click alone.
   */
  #finishingClick = false;
  #onclick = (e: { point: { x: number; y: number } }) => this.#click(e.point);
  #onpress = () => (this.#finishingClick = false);
  #onstyle = () => this.#ensure();

  constructor(view: MapView, events: DrawingEvents) {
    this.#view = view;
    this.#events = events;
    this.#attach();
  }

  /** Terra Draw on the map in view: after a restyle (theme, language) dropped its sources, or after the map
   * was rebuilt following a lost WebGL context, it is set up again, in the same mode, showing the same shape. */
  #attach(): void {
    const map = this.#view.map;
    this.#map = map;
    this.#draw = createTerraDraw(map);
    this.#draw.start();
    this.#draw.setMode(MODE[this.#tool]);
    this.#draw.on('finish', (id, context) => this.#finished(String(id), context.action));
    // A double-click finishes a line (Terra Draw closes it on a second click on the last vertex); it must not
    // also zoom the map.
    this.#doubleClickZoom = map.doubleClickZoom.isEnabled();
    map.doubleClickZoom.disable();
    map.on('click', this.#onclick);
    map.on('mousedown', this.#onpress);
    map.on('styledata', this.#onstyle);
  }

  #detach(): void {
    const map = this.#map;
    map.off('click', this.#onclick);
    map.off('mousedown', this.#onpress);
    map.off('styledata', this.#onstyle);
    try {
      this.#draw.stop();
    } catch {
      // Its sources are already gone with the old style or map; its pointer listeners were removed first.
    }
    if (this.#doubleClickZoom) map.doubleClickZoom.enable();
  }

  #ensure(): void {
    const map = this.#view.map;
    if (map === this.#map && DRAWING_SOURCES.every((id) => map.getSource(id))) return;
    const shown = this.#shownId ? this.#draw.getSnapshotFeature(this.#shownId) : undefined;
    this.#detach();
    this.#shownId = undefined;
    this.#attach();
    if (shown) this.#add(String(shown.id), shown.geometry as Geometry);
  }

  #click(point: { x: number; y: number }): void {
    if (this.#finishingClick) {
      this.#finishingClick = false;
      return;
    }
    if (this.#tool !== 'select') return;
    const picked = this.#view.overlay.pickObject({ x: point.x, y: point.y, radius: 6 }) as {
      object?: { feature?: { id?: string } };
    } | null;
    const id = picked?.object?.feature?.id;
    if (id) return this.#events.onpick(id);
    // A click on the selected shape itself (its handles, its line) keeps it selected.
    const onShape = this.#shownId
      ? this.#draw
          .getFeaturesAtLngLat(this.#map.unproject([point.x, point.y]), { pointerDistance: 8 })
          .some((f) => f.id === this.#shownId)
      : false;
    if (!onShape) this.#events.onpick(undefined);
  }

  get tool(): Tool {
    return this.#tool;
  }

  setTool(tool: Tool): void {
    this.#ensure();
    if (tool === this.#tool) return;
    this.#tool = tool;
    if (tool !== 'select') this.show(undefined);
    this.#draw.setMode(MODE[tool]);
  }

  /** Feeds Enter or Escape to the shape being drawn when the key was pressed outside the map. */
  key(key: 'Enter' | 'Escape'): void {
    const canvas = this.#map.getCanvas();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    canvas.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
  }

  /** Shows the selected feature with its handles, or nothing; a no-op when it is already shown as it is. */
  show(feature: DocFeature | undefined): void {
    this.#ensure();
    const id = feature?.properties.id;
    if (id && this.#shownId === id && this.#draw.hasFeature(id)) {
      const current = this.#draw.getSnapshotFeature(id);
      if (current && JSON.stringify(current.geometry) === JSON.stringify(feature.geometry)) return;
    }
    if (this.#shownId && this.#draw.hasFeature(this.#shownId)) this.#draw.removeFeatures([this.#shownId]);
    this.#shownId = undefined;
    if (feature && this.#tool === 'select') this.#add(feature.properties.id, feature.geometry);
  }

  #add(id: string, geometry: Geometry): void {
    const mode = modeOfGeometry(geometry);
    if (!mode) return;
    const [result] = this.#draw.addFeatures([
      { id, type: 'Feature', geometry, properties: { mode } },
    ] as GeoJSONStoreFeatures[]);
    if (!result?.valid) return;
    this.#shownId = id;
    this.#draw.selectFeature(id);
  }

  #finished(id: string, action: string): void {
    const feature = this.#draw.getSnapshotFeature(id);
    if (!feature) return;
    if (action === 'draw') {
      this.#finishingClick = true;
      this.#draw.removeFeatures([id]);
      if (this.#tool !== 'select') this.#events.ondraw(this.#tool, feature.geometry as Geometry);
    } else if (id === this.#shownId) {
      this.#events.onreshape(id, feature.geometry as Geometry);
    }
  }

  destroy(): void {
    this.#detach();
  }
}

function modeOfGeometry(g: Geometry | null | undefined): string | undefined {
  if (g?.type === 'LineString') return 'linestring';
  if (g?.type === 'Point') return 'point';
  if (g?.type === 'Polygon') return 'polygon';
  return undefined;
}
