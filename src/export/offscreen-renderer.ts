import { now, restoreNow, setNow } from 'maplibre-gl';
import { MapView } from '../map/map-view';
import { ProblemError } from '../i18n/problem';
import { drawFurniture } from '../furniture/draw-furniture';
import type { FurnitureInput } from '../furniture/furniture-input';
import { composeScene, type Scene } from '../scene/compose-scene';
import { sceneReady, type SceneAssets } from '../scene/scene-assets';
import { loadSymbolAtlas, type SymbolAtlas } from '../symbols/symbol-atlas';
import { sceneBasemap, type SceneBasemap } from '../scene/scene-basemap';
import { briefingFraming, type Framing } from '../scene/framing';
import { exportLook, frameRequest, type FrameLook } from '../scene/frame-request';
import { cssSize } from './export-sizes';
import type { ExportJob } from './exporter';
import { PixelReadback, type PendingPixels } from './pixel-readback';

/** A frame on the map's canvas whose pixels are on their way back, with the furniture to put over it. */
export interface DrawnFrame {
  pixels: PendingPixels;
  furniture: Scene['furniture'];
}

/** A job, and where the app's files are (for the basemap). */
export interface RenderSettings extends ExportJob {
  baseUrl: string;
  /** The sequence's captions (the chapter card at each frame's t); a job's own setting, like its camera. */
  captions?: boolean;
  /** Furniture left off (a PDF prints it around the map instead); a job's own setting. */
  show?: FurnitureInput['show'];
}

/**
 * Renders frames of exactly `size` device px, independent of the window: a hidden container of the CSS size
 * with its own map (own WebGL context, its own pixel ratio, antialiasing off) and the same layers as the
 * screen, then the furniture composited on a canvas of the output size.
 */
export class OffscreenRenderer {
  readonly canvas: OffscreenCanvas;
  private readonly ctx: OffscreenCanvasRenderingContext2D;
  private readonly container: HTMLDivElement;
  private readonly view: MapView;
  private readonly css: { width: number; height: number };
  private assets!: SceneAssets;
  private symbols: SymbolAtlas | undefined;
  private readback!: PixelReadback;
  private readonly basemap: SceneBasemap;
  /**
   * MapLibre's clock (global) is frozen only while a job runs: a job starts it from the real time or just
   * past the previous job's last value, whichever is later, so it never runs backwards for this map.
   */
  private clock = 0;
  private jobClockBase = 0;
  private inJob = false;
  private legendForm: ExportJob['legendForm'] = 'auto';
  private captions = false;
  private show: RenderSettings['show'];
  /** Frames drawn so far: the first frame of a fresh map is a warm-up (see exportSequence). */
  drawn = 0;
  /**
   * MapLibre holds tiles "until now + fade (0 ms)" and compares strictly, so a clock that never moves never
   * goes idle: each render pass nudges it by 1 ms. With fades and transitions off nothing drawn reads it.
   */
  private readonly tick = () => {
    if (this.inJob) setNow(++this.clock);
  };

  private constructor(private readonly settings: RenderSettings) {
    const { size } = settings;
    this.css = cssSize(size);
    this.container = document.createElement('div');
    // Laid out (so MapLibre measures it) but never seen or hit-tested.
    Object.assign(this.container.style, {
      position: 'fixed',
      left: '0',
      top: '0',
      width: `${this.css.width}px`,
      height: `${this.css.height}px`,
      visibility: 'hidden',
      pointerEvents: 'none',
      zIndex: '-1',
    });
    this.container.setAttribute('aria-hidden', 'true');
    document.body.append(this.container);
    // The screen's basemap, paint transitions off: a frozen clock cannot hold one mid-way.
    this.basemap = sceneBasemap({
      baseUrl: settings.baseUrl,
      theme: settings.theme,
      lang: settings.lang,
      relief: settings.relief ?? true,
      ...(settings.basemap && { user: settings.basemap }),
    });
    this.view = new MapView({
      container: this.container,
      style: this.basemap.style,
      view: settings.camera,
      antialias: false,
      // Frames are copied out inside the render pass (PixelReadback), so the buffer need not outlive it.
      preserveDrawingBuffer: false,
      pixelRatio: size.pixelRatio,
      maxCanvasSize: [16384, 16384],
      interactive: false,
    });
    this.view.map.on('render', this.tick);
    this.canvas = new OffscreenCanvas(size.width, size.height);
    const ctx = this.canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot create a 2D canvas for compositing the export.');
    this.ctx = ctx;
  }

  static async create(settings: RenderSettings): Promise<OffscreenRenderer> {
    const renderer = new OffscreenRenderer(settings);
    try {
      const [assets, symbols] = await Promise.all([
        sceneReady(),
        settings.symbols === false ? undefined : loadSymbolAtlas(settings.scenario, settings.theme),
        renderer.view.loaded,
      ]);
      renderer.assets = assets;
      renderer.symbols = symbols;
      const canvas = renderer.view.map.getCanvas();
      if (canvas.width < settings.size.width || canvas.height < settings.size.height)
        throw new ProblemError([
          {
            key: 'problemDriverSize',
            values: {
              drawnW: canvas.width,
              drawnH: canvas.height,
              width: settings.size.width,
              height: settings.size.height,
            },
          },
        ]);
      const gl = canvas.getContext('webgl2');
      if (!gl) throw new Error('The export map has no WebGL2 context to read frames back from.');
      renderer.readback = new PixelReadback(gl, settings.size.width, settings.size.height);
      return renderer;
    } catch (error) {
      renderer.destroy();
      throw error;
    }
  }

  /**
   * Freezes MapLibre's clock, points the camera and takes the job's own settings (what may differ between
   * jobs on the same map); pair with endJob.
   */
  beginJob(job: Pick<RenderSettings, 'camera' | 'legendForm' | 'captions' | 'show'>): void {
    this.jobClockBase = Math.max(Math.floor(now()), this.clock + 1);
    this.clock = this.jobClockBase;
    setNow(this.clock);
    this.inJob = true;
    this.legendForm = job.legendForm ?? 'auto';
    this.captions = job.captions === true;
    this.show = job.show;
    this.view.map.jumpTo(job.camera);
  }

  /** How this job's frames look: the export's size, settings and captions, drawn with this map's resources. */
  private look(): FrameLook {
    const job = { ...this.settings, legendForm: this.legendForm, captions: this.captions, show: this.show };
    return exportLook(job, this.css, {
      assets: this.assets,
      basemap: this.basemap,
      symbols: this.symbols,
    });
  }

  /** The briefing's framing at t for this export's frame: its chapter cameras fitted around its furniture. */
  briefingFraming(t: number): Framing {
    return briefingFraming(this.settings.scenario, t, undefined, this.look());
  }

  endJob(): void {
    if (!this.inJob) return;
    this.inJob = false;
    restoreNow();
  }

  /**
   * Draws scenario time t with MapLibre's clock frozen `clock` ms after the job began (anything time-based in
   * the map is then a function of the frame number) and resolves once the map is idle with everything loaded
   * and a copy of the frame is on its way back from the GPU. Only inside a job; at most two frames drawn and
   * not yet composited.
   */
  async draw(t: number, clock: number, framing?: Framing): Promise<DrawnFrame> {
    if (!this.inJob)
      throw new Error('OffscreenRenderer.draw needs beginJob first (the clock is not frozen).');
    const map = this.view.map;
    if (framing) map.jumpTo(framing.camera);
    // The screen's composition, for this map's camera (as the map clamped it) and the export's CSS size.
    const scene = composeScene(
      frameRequest(this.look(), this.settings.scenario, t, this.view.view, framing?.avoid, framing?.previous),
    );
    this.clock = Math.max(this.clock + 1, this.jobClockBase + clock);
    setNow(this.clock);
    // Idle fires at the end of the render pass, while the frame is still in the drawing buffer.
    let pixels: PendingPixels | undefined;
    const capture = () => (pixels = this.readback.queue());
    map.once('idle', capture);
    try {
      this.view.setLayers(scene.layers);
      await this.view.rendered();
    } finally {
      map.off('idle', capture);
    }
    if (!pixels) throw new Error('The export map went idle without drawing the frame.');
    return { pixels, furniture: scene.furniture };
  }

  /**
   * The drawn frame with the furniture on top, once the GPU has finished it (the main thread stays free for the
   * next frame meanwhile). Returns the compositing canvas, valid until the next call.
   */
  async composite({ pixels, furniture }: DrawnFrame): Promise<OffscreenCanvas> {
    const { size } = this.settings;
    const image = await this.readback.read(pixels);
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.putImageData(image, 0, 0);
    drawFurniture(ctx, furniture.input, furniture.plan, size.pixelRatio);
    this.drawn++;
    return this.canvas;
  }

  /** draw then composite: one frame, no overlap. */
  async render(t: number, clock: number, framing?: Framing): Promise<OffscreenCanvas> {
    return this.composite(await this.draw(t, clock, framing));
  }

  destroy(): void {
    this.endJob();
    this.readback?.destroy();
    this.view.map.off('render', this.tick);
    this.view.destroy();
    this.container.remove();
    // Release the compositing buffer now rather than at the next GC.
    this.canvas.width = 1;
    this.canvas.height = 1;
  }
}
