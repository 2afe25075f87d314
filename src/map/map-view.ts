import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import type { Camera } from '../model/camera';
import { pmtilesProtocol } from './pmtiles-protocol';
import { onUploads, uploadsPending } from './gpu-uploads';

setWorkerUrl(workerUrl);
// The relief (and a basemap opened from disk) are PMTiles archives, read through the pmtiles:// protocol.
pmtilesProtocol();

export interface MapViewOptions {
  container: HTMLElement;
  style: StyleSpecification;
  view: Camera;
  /** Off for tests and exports: software WebGL then gives identical pixels run after run. */
  antialias?: boolean;
  /** Keep the drawing buffer readable after compositing, for frame capture. */
  preserveDrawingBuffer?: boolean;
  /** Device px per CSS px; defaults to the window's. Exports set their own, independent of the screen. */
  pixelRatio?: number;
  /** MapLibre's cap on the canvas (default 4096² there); exports raise it up to the GPU's limit. */
  maxCanvasSize?: [number, number];
  interactive?: boolean;
}

/**
 * The map canvas: a MapLibre basemap with deck.gl layers interleaved into the same WebGL context, so one
 * canvas holds the whole picture (which is what frame capture reads).
 */
export class MapView {
  map!: MapLibreMap;
  overlay!: MapLibreOverlay;
  /** Resolves once the style, its sources and fonts have loaded (again, after a recovery). */
  loaded!: Promise<void>;
  /** Called after the map was rebuilt following a lost WebGL context: the caller hands its layers again. */
  onrecover?: () => void;
  #options: MapViewOptions;
  #listeners: ['move' | 'resize' | 'render', () => void][] = [];
  #stopUploads: () => void;

  constructor(options: MapViewOptions) {
    this.#options = options;
    this.#build(options.view);
    // While layers still upload data (a large scenario's tracks, a few MB a frame), keep drawing frames and
    // stay out of "idle", as while tiles load: the frame that ends the upload draws the whole picture.
    this.#stopUploads = onUploads((busy) => {
      this.map.repaint = busy;
    });
  }

  #build(view: Camera): void {
    const options = this.#options;
    this.map = new MapLibreMap({
      container: options.container,
      style: options.style,
      center: view.center,
      zoom: view.zoom,
      bearing: view.bearing,
      pitch: view.pitch,
      // Label fades run on the wall clock; without them a frame depends only on what is drawn.
      fadeDuration: 0,
      // Credits are drawn by the map furniture, so they are part of every exported frame.
      attributionControl: false,
      ...(options.pixelRatio !== undefined && { pixelRatio: options.pixelRatio }),
      ...(options.maxCanvasSize && { maxCanvasSize: options.maxCanvasSize }),
      ...(options.interactive !== undefined && { interactive: options.interactive }),
      canvasContextAttributes: {
        antialias: options.antialias ?? true,
        preserveDrawingBuffer: options.preserveDrawingBuffer ?? false,
      },
    });
    this.overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
    this.map.addControl(this.overlay);
    this.map.repaint = uploadsPending();
    for (const [event, fn] of this.#listeners) this.map.on(event, fn);
    this.loaded = new Promise((resolve, reject) => {
      this.map.once('load', () => resolve());
      this.map.once('error', (e) => reject(e.error ?? new Error('The map failed to load')));
    });
    // deck.gl cannot rebuild its GPU state on a restored context, so a lost context gets a fresh map,
    // at the same camera; the caller redraws the same t.
    this.map.getCanvas().addEventListener('webglcontextlost', () => this.#recover(), { once: true });
  }

  /** The camera now: what a deep link records, scripts read, and a rebuilt map starts from. */
  get view(): Camera {
    const m = this.map;
    const c = m.getCenter();
    return { center: [c.lng, c.lat], zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() };
  }

  #recover(): void {
    const view = this.view;
    this.map.remove();
    this.#build(view);
    this.onrecover?.();
  }

  /** Subscribes to a map event, and keeps the subscription across a recovery. */
  on(event: 'move' | 'resize' | 'render', fn: () => void): void {
    this.#listeners.push([event, fn]);
    this.map.on(event, fn);
  }

  /** Swaps the basemap (theme, language) when it is another style; deck.gl's layers stay interleaved. */
  setStyle(style: StyleSpecification): void {
    if (style === this.#options.style) return;
    this.#options = { ...this.#options, style };
    this.map.setStyle(style, { diff: true });
  }

  setLayers(layers: Layer[]): void {
    this.overlay.setProps({ layers });
    this.map.triggerRepaint();
  }

  /** Resolves once the latest state is on the canvas and nothing is left loading. */
  async rendered(): Promise<void> {
    await this.loaded;
    await new Promise<void>((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  destroy(): void {
    this.#stopUploads();
    this.map.remove();
  }
}
