import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import type { ViewSpec } from '../scenario/schema';

setWorkerUrl(workerUrl);

export interface MapViewOptions {
  container: HTMLElement;
  style: StyleSpecification;
  view: Required<ViewSpec>;
  /** Off for tests and exports: software WebGL then gives identical pixels run after run. */
  antialias?: boolean;
  /** Keep the drawing buffer readable after compositing, for frame capture. */
  preserveDrawingBuffer?: boolean;
}

/**
 * The map canvas: a MapLibre basemap with deck.gl layers interleaved into the same WebGL context, so one
 * canvas holds the whole picture (which is what frame capture reads).
 */
export class MapView {
  readonly map: MapLibreMap;
  readonly overlay: MapLibreOverlay;
  /** Resolves once the style, its sources and fonts have loaded for the first time. */
  readonly loaded: Promise<void>;

  constructor(options: MapViewOptions) {
    this.map = new MapLibreMap({
      container: options.container,
      style: options.style,
      center: options.view.center,
      zoom: options.view.zoom,
      bearing: options.view.bearing,
      pitch: options.view.pitch,
      // Label fades run on the wall clock; without them a frame depends only on what is drawn.
      fadeDuration: 0,
      // Credits are drawn by the map furniture, so they are part of every exported frame.
      attributionControl: false,
      canvasContextAttributes: {
        antialias: options.antialias ?? true,
        preserveDrawingBuffer: options.preserveDrawingBuffer ?? false,
      },
    });
    this.overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
    this.map.addControl(this.overlay);
    this.loaded = new Promise((resolve, reject) => {
      this.map.once('load', () => resolve());
      this.map.once('error', (e) => reject(e.error ?? new Error('The map failed to load')));
    });
  }

  /** Swaps the basemap (theme, language); deck.gl's layers stay interleaved across the change. */
  setStyle(style: StyleSpecification): void {
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
    this.map.remove();
  }
}
