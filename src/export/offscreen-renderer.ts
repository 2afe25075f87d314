import { now, restoreNow, setNow } from 'maplibre-gl';
import { MapView } from '../map/map-view';
import { basemapStyle } from '../map/basemap-style';
import { buildLayers } from '../layers/build-layers';
import { loadIconAtlas } from '../layers/icon-atlas';
import { frameAt } from '../engine/frame-at';
import { drawFurniture } from '../furniture/draw-furniture';
import { attributionFor, furnitureForFrame } from '../furniture/furniture-for-frame';
import { cameraOf, screenOf } from '../map/map-scene';
import type { Lang } from '../i18n/localize';
import type { Scenario } from '../scenario/model';
import type { Theme } from '../layers/layer-context';
import { cssSize, type ExportSize } from './export-sizes';

export interface RenderSettings {
  scenario: Scenario;
  theme: Theme;
  lang: Lang;
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
  size: ExportSize;
  baseUrl: string;
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
  private icons: HTMLImageElement | undefined;
  private readonly attribution: string;
  /**
   * The frozen clock starts from the real time the export began: MapLibre's timestamps from before the
   * export (tile loads, placements) are then in the past, and after restoreNow the real clock is not behind
   * anything stamped during the export.
   */
  private readonly clockBase = Math.floor(now());
  private clock = this.clockBase;
  /**
   * MapLibre holds tiles "until now + fade (0 ms)" and compares strictly, so a clock that never moves never
   * goes idle: each render pass nudges it by 1 ms. With fades and transitions off nothing drawn reads it.
   */
  private readonly tick = () => setNow(++this.clock);

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
    const style = {
      ...basemapStyle({ baseUrl: settings.baseUrl, theme: settings.theme, lang: settings.lang }),
      // Paint-property transitions run on MapLibre's clock: off, so a frozen clock cannot hold one mid-way.
      transition: { duration: 0, delay: 0 },
    };
    this.attribution = attributionFor(settings.scenario, style, settings.lang);
    this.view = new MapView({
      container: this.container,
      style,
      view: settings.camera,
      antialias: false,
      preserveDrawingBuffer: true,
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
      const [icons] = await Promise.all([
        loadIconAtlas(),
        document.fonts.load('700 16px "Noto Sans"'),
        document.fonts.load('400 16px "Noto Sans"'),
        renderer.view.loaded,
      ]);
      renderer.icons = icons;
      const gl = renderer.view.map.getCanvas();
      if (gl.width < settings.size.width || gl.height < settings.size.height)
        throw new Error(
          `The graphics driver drew the map at ${gl.width} × ${gl.height} px, smaller than the ` +
            `${settings.size.width} × ${settings.size.height} asked for: choose a smaller size.`,
        );
      return renderer;
    } catch (error) {
      renderer.destroy();
      throw error;
    }
  }

  /**
   * Draws scenario time t with MapLibre's clock frozen `clock` ms after the export began (anything time-based in the map is then a
   * function of the frame number), waits until the map is idle with everything loaded, and composites the
   * furniture. Returns the composited canvas, valid until the next call.
   */
  async render(t: number, clock: number): Promise<OffscreenCanvas> {
    const { scenario, theme, lang, size } = this.settings;
    const map = this.view.map;
    const frame = frameAt(scenario, t);
    const furniture = furnitureForFrame({
      scenario,
      frame,
      theme,
      lang,
      attribution: this.attribution,
      camera: cameraOf(map),
    });
    const { width, height } = this.css;
    const screen = screenOf(map, width, height, furniture);
    this.clock = Math.max(this.clock + 1, this.clockBase + clock);
    setNow(this.clock);
    this.view.setLayers(buildLayers({ scenario, frame, theme, lang, icons: this.icons!, screen }));
    await this.view.rendered();

    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, size.width, size.height);
    // Crops when the whole-CSS-px map is a little larger than the output (see cssSize).
    ctx.drawImage(map.getCanvas(), 0, 0, size.width, size.height, 0, 0, size.width, size.height);
    drawFurniture(ctx, {
      ...furniture,
      width: size.width / size.pixelRatio,
      height: size.height / size.pixelRatio,
      pixelRatio: size.pixelRatio,
    });
    return this.canvas;
  }

  destroy(): void {
    this.view.map.off('render', this.tick);
    restoreNow();
    this.view.destroy();
    this.container.remove();
    // Release the compositing buffer now rather than at the next GC.
    this.canvas.width = 1;
    this.canvas.height = 1;
  }
}

/** The largest canvas side this browser's WebGL can draw, or undefined when it cannot tell. */
export function gpuMaxSide(): number | undefined {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2');
  if (!gl) return undefined;
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const side = Math.min(
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    dims[0] ?? Infinity,
    dims[1] ?? Infinity,
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return side;
}
