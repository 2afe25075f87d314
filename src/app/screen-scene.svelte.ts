import { untrack } from 'svelte';
import type { Size } from '../map/viewport';
import { composeScene, type Scene } from '../scene/compose-scene';
import { frameRequest, type FrameLook, type FrameRequest } from '../scene/frame-request';
import { briefingFraming, defaultFraming, type Framing } from '../scene/framing';
import type { SceneAssets } from '../scene/scene-assets';
import type { SceneBasemap } from '../scene/scene-basemap';
import { describeScene } from '../scene/scene-text';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import { appBasemap } from './app-basemap';
import { screenLook } from './app-frame';
import type { AppState } from './app-state.svelte';
import { sameCamera } from '../map/camera-link';

/**
 * The frame on screen, composed where the app's state lives: the map, the furniture canvas, the text
 * alternative and the scripting API all read this one scene. The map is a view of it (MapCanvas tells the
 * map `app.camera` and hands it the layers); nothing here reads the map.
 */
export class ScreenScene {
  readonly app: AppState;
  /** The map's size in CSS px, once it is laid out (MapCanvas measures it). */
  size: Size | undefined = $state.raw();
  /** The fonts, icons and inset world, once loaded: no frame is composed with fallbacks. */
  assets: SceneAssets | undefined = $state.raw();
  /** The scenario's unit symbols, once drawn (none without any). */
  symbols: SymbolAtlas | undefined = $state.raw();
  /** Bumped when the map was rebuilt after a lost context: new layers for the same frame bring it back. */
  #rebuilds = $state(0);
  readonly #basemapOf: (app: AppState) => SceneBasemap;

  /** The basemap drawn under the scene (theme, language, relief, the user's file). */
  readonly basemap: SceneBasemap = $derived.by(() => this.#basemapOf(this.app));

  /** How the screen's frame looks, or nothing before the map is laid out and the assets loaded. */
  readonly look: FrameLook | undefined = $derived.by(() => {
    const { size, assets } = this;
    if (!size || !assets || size.width <= 0 || size.height <= 0) return undefined;
    return screenLook(this.app, size, { assets, basemap: this.basemap, symbols: this.symbols });
  });

  /**
   * Who frames the camera: a chapter (presenting, or a chapter chosen) or the default view (until the user
   * moves the map), fitted around this screen's furniture as an export of the same size would be; nobody
   * when the camera is the user's.
   */
  readonly framing: Framing | undefined = $derived.by(() => {
    const { look, app } = this;
    if (!look) return undefined;
    if (app.presenting || app.chapter !== undefined)
      return briefingFraming(app.scenario, app.t, app.chapter, look);
    return app.freeCamera ? undefined : defaultFraming(app.scenario, look);
  });

  /** The frame on screen now. */
  readonly scene: Scene | undefined = $derived.by(() => {
    void this.#rebuilds;
    return this.sceneAt(this.app.t);
  });

  /** The frame's name and description for assistive technology. */
  readonly text = $derived.by(() => this.scene && describeScene(this.scene, this.app.lang));

  constructor(app: AppState, basemapOf: (app: AppState) => SceneBasemap = appBasemap) {
    this.app = app;
    this.#basemapOf = basemapOf;
  }

  /** The screen's request for moment t: its look, the state's camera, the framing's layout. */
  requestAt(t: number): FrameRequest | undefined {
    const look = this.look;
    if (!look) return undefined;
    return frameRequest(
      look,
      this.app.scenario,
      t,
      this.app.camera,
      this.framing?.avoid,
      this.framing?.previous,
    );
  }

  /** The screen's frame at another moment, under the same camera and layout (a second moment beside t). */
  sceneAt(t: number): Scene | undefined {
    const request = this.requestAt(t);
    return request && composeScene(request);
  }

  /** Writes the framing's camera into the state when it differs; true when it wrote. */
  followFraming(): boolean {
    const camera = this.framing?.camera;
    if (!camera || sameCamera(camera, this.app.camera)) return false;
    this.app.camera = camera;
    return true;
  }

  /** After a lost WebGL context the map is new: the scene is composed again for it. */
  rebuilt(): void {
    this.#rebuilds++;
  }

  /**
   * Each new framing is written into the state, once: the framing does not read the camera, so a camera
   * written by a hand or a script does not run this again (no loop). Returns the stop.
   */
  start(): () => void {
    return $effect.root(() => {
      $effect(() => {
        void this.framing;
        untrack(() => this.followFraming());
      });
    });
  }
}
