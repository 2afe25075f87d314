import { flushSync } from 'svelte';
import { BASEMAP_LABEL_LAYERS } from '../map/basemap-style';
import { frameAt } from '../engine/frame-at';
import { localize } from '../i18n/localize';
import { briefingFraming } from '../scene/framing';
import { readyAssets } from '../scene/scene-assets';
import { insetSummary } from '../scene/scene-inset';
import { appBasemap } from '../app/app-basemap';
import { drawnSymbolAtlas } from '../symbols/symbol-atlas';
import { toEpochMs } from '../time/format-time';
import type { AppState } from '../app/app-state.svelte';
import type { MapView } from '../map/map-view';
import type { LonLat } from '../model/geo';
import type { Camera } from '../model/camera';
import { problemText } from '../i18n/problem';
import { furnitureRects, type FurnitureKind } from '../furniture/furniture-layout';
import type { LegendChoice } from '../furniture/furniture-input';
import type { Scene } from '../scene/compose-scene';
import {
  MIME,
  type Exporter,
  type ExportJob,
  type ExportWarmth,
  type SequenceFormat,
  type DeckExportRequest,
} from '../export/exporter';
import { defaultPixelRatio } from '../export/export-sizes';
import { framesFor } from '../export/frame-schedule';
import { callbackSink, memorySink, type ByteChunk } from '../export/byte-sink';
import { chapterRanges, findChapter, type ChapterRange } from '../briefing/chapters';
import type { BitratePreset } from '../export/codec-choice';
import type { ExportProgress } from '../export/export-job';
import { importInWorker } from '../import/import-in-worker';
import { formatLoadError } from '../scenario/load-error';
import type { DataFormat } from '../export-data/shared';
import { compareStillOf } from '../compare/compare-api';

/** The data formats `exportData` writes; the writers themselves load on the first export. */
const DATA_FORMATS: readonly DataFormat[] = ['kml', 'kmz', 'geojson', 'orbat-mapper', 'csv'];

/** A JSON-safe summary of what is on the map at t, for scripts and tests. */
export interface FrameSummary {
  t: number;
  iso: string;
  movements: { id: string; status: 'moving' | 'done'; head: LonLat; progress: number; km: number }[];
  events: { id: string; kind: string; ageMs: number; inWindow: boolean }[];
  places: { id: string; controller: string | null }[];
}

/** Output size for exports: device px; pixelRatio defaults to 1 up to 1080p, proportionally more above. */
export interface ExportSizeOptions {
  width: number;
  height: number;
  pixelRatio?: number;
  /** The camera for the export; default: the map's camera now. */
  view?: Partial<Camera>;
  /**
   * The legend: `auto` (default) as the layout chooses for this size; `full` every entry explained in a
   * sentence, where it fits; `expanded` or `collapsed` that form.
   */
  legend?: LegendChoice;
}

export interface ExportFramesOptions extends ExportSizeOptions {
  from: number | string;
  to: number | string;
  fps: number;
  /** Either a frame count or a duration in seconds (frames = round(fps × duration)). */
  frames?: number;
  duration?: number;
  format: SequenceFormat;
  bitrate?: BitratePreset;
  /**
   * `view` (default): the whole sequence from one camera (`view`, or the map's now). `briefing`: each frame from
   * the briefing camera at its t, flying between chapter views as presenting does.
   */
  camera?: 'view' | 'briefing';
  /** The chapter title and caption as a lower third on each frame (with `camera: 'briefing'`). */
  captions?: boolean;
  /**
   * Only frames [first, first + count) of the export, numbered and timed as in the whole (a segment rendered
   * apart and joined later, ZIP or video).
   */
  span?: { first: number; count: number };
  /** A GIF passing the 20 MB guard: called once with the bytes written and projected. */
  onLarge?: (bytes: { written: number; projected: number }) => void;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /**
   * Where the bytes go, chunk by chunk (each awaited, so a slow consumer throttles the export). Without it the
   * result is a Blob held in page memory: fine for short clips, not for long sequences.
   */
  sink?: (chunk: ByteChunk) => Promise<void> | void;
}

/** A piece of furniture on the screen, CSS px from the map's top-left corner. */
export interface FurnitureBox {
  kind: FurnitureKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The scripting API on `window.sandtable`: tests and the export CLI drive the app through it. */
export interface SandtableApi {
  /** Resolves once the scenario is loaded, the basemap remembered from last time reopened, and the first frame is on the canvas. */
  readonly ready: Promise<void>;
  /** The relief of the built-in basemap is on (the Relief switch). */
  readonly relief: boolean;
  /** The basemap the user opened from disk, or null on the built-in one. */
  readonly basemap: { name: string; kind: 'vector' | 'raster' } | null;
  /** Why the last basemap file could not be opened, or null. */
  readonly basemapProblem: string | null;
  /** Current scenario time, epoch ms. */
  readonly time: number;
  readonly scenario: { id: string; start: number; end: number; timeZone: string };
  /** Sets t (epoch ms or ISO 8601), clamped to the scenario range; resolves once that frame is drawn. */
  setTime(t: number | string): Promise<number>;
  /** What `frameAt` gives for the current t (or another t), summarised. */
  frame(t?: number | string): FrameSummary;
  /**
   * Presents (as the Present button does) from a chapter (by id; default: the one t is in), without playing
   * it; `null` leaves presenter mode. Resolves once that frame is drawn.
   */
  present(chapter?: string | null): Promise<void>;
  /** Moves the camera at once (no animation); resolves once that frame is drawn. */
  setView(view: Partial<Camera>): Promise<Camera>;
  /** The camera now. */
  readonly view: Camera;
  /**
   * The furniture on screen now and the box of the action at t (null when nothing is happening in view),
   * in CSS px: what a layout check reads.
   */
  furniture(): {
    items: FurnitureBox[];
    focus: { x: number; y: number; width: number; height: number } | null;
    /**
     * What the inset shows: the countries under the action (in the reader's language, as drawn), its window
     * in degrees, and whether it frames those countries or the action itself; null before the world is loaded.
     */
    inset: {
      countries: string[];
      window: { west: number; south: number; east: number; north: number };
      kind: 'countries' | 'frame';
    } | null;
    /** The credits line as drawn on the frame. */
    credits: string;
  };
  /**
   * The briefing camera at t: chapter keyframes, each fitted around the furniture of a frame of `size` (CSS px;
   * default: the map on screen), eased between; what presenting and `camera: 'briefing'` exports use.
   */
  briefingCamera(t: number | string, size?: { width: number; height: number; pixelRatio?: number }): Camera;
  /** Canvas CSS-pixel position of a lon/lat under the current camera. */
  project(lonLat: LonLat): [number, number];
  /** The place and country names the basemap draws now, sorted: what a check of the ground's labels reads. */
  basemapLabels(): string[];
  /** The scenario's chapters as time ranges (empty when it has none). */
  readonly chapters: ChapterRange[];
  /** A chapter by id or by its title in either language (case-insensitive), or null. */
  findChapter(name: string): ChapterRange | null;
  /**
   * A PNG of time t (default: now) at exactly width × height device px, with all the map furniture; with
   * `compare: true`, the comparison shown (issue #24) as one image, from the view's camera.
   */
  exportStill(
    options: ExportSizeOptions & { t?: number | string; camera?: 'view' | 'briefing'; compare?: boolean },
  ): Promise<Blob>;
  /** A ZIP of numbered PNG frames, an MP4/WebM video or a GIF, of from → to; a Blob, or streamed to `sink`. */
  exportFrames(options: ExportFramesOptions): Promise<Blob | { mimeType: string; codec?: string }>;
  /**
   * The briefing as a PowerPoint deck (.pptx Blob): title slide, a slide per chapter with its still at
   * `moment` (default `end`) under the chapter's camera, legend; `clips` embeds each chapter as MP4.
   */
  exportDeck(options: Omit<ExportSizeOptions, 'view'> & DeckExportRequest): Promise<Blob>;
  /**
   * A print handout (.pdf Blob, issue #25): one map page (paper, orientation, margins in mm; `scale` 250000 for
   * a true 1:250 000, else fitted; at `t` or a `chapter`'s end) or, with `booklet`, the whole briefing.
   */
  exportPdf(options?: PdfOptions): Promise<Blob>;
  /** The Symbols toggle: unit symbols on the map and in exports, or the arrows alone. */
  symbols: boolean;
  /**
   * Builds the export map for this size (and camera) and draws t once, so the next export at that size starts
   * without the 4–8 s warm-up of a fresh WebGL map. Another size replaces it. Never rejects.
   */
  prepareExport(options: ExportSizeOptions & { t?: number | string }): Promise<void>;
  /** Frees the export map kept by prepareExport or by the last export. */
  releaseExport(): Promise<void>;
  /** The export map kept warm (its size in device px, or null) and how many were built in this page. */
  readonly exportMap: ExportWarmth;
  /** What this browser can export: the largest side and pixel count, and why video is unavailable if so. */
  exportLimits(): { maxSide: number; maxPixels: number; video: string | null };
  /**
   * The scenario in view as files, what "Export scenario" zips: `scenario` is scenario.json's object, `files`
   * every file by path. In the editor, the draft as it now stands (issue #12).
   */
  scenarioJson(): { scenario: unknown; files: Record<string, string> };
  /**
   * The scenario in view in another tool's format (issue #22): `kml`, `kmz` (with the unit symbols as icons),
   * `geojson`, `orbat-mapper` or `csv`. `data` is the text (a Blob for KMZ); `notes` say, in `lang`, what the
   * format could not carry.
   */
  exportData(
    format: DataFormat,
    options?: { lang?: 'en' | 'fr' },
  ): Promise<{ data: string | Blob; fileName: string; mime: string; notes: string[] }>;
  /**
   * Opens files as **Open scenario…** does (read and checked in the import worker; a scenario folder as its
   * paths, or GeoJSON, KML, GPX, CSV, ORBAT Mapper), replacing the scenario in view once it has loaded.
   * Resolves once its first frame is drawn, with the import's time and the problems in English.
   */
  open(files: { name: string; text: string }[]): Promise<OpenResult>;
  /**
   * How the frame on screen adapts to its density (issue #16): the tier (`campaign`, `tracks`, `heads`), what
   * is in view, the label budget and the labels placed, whether events are grouped, and the legend's line.
   */
  density(): DensitySummary;
  /** The map labels drawn on screen now (issue #21): each feature's id and its lines of text, as drawn. */
  labels(): { id: string; lines: string[] }[];
}

/** Options of `exportPdf`; every one has a default (A4 landscape, 10 mm margins, fitted, 300 ppi, now). */
export interface PdfOptions {
  paper?: 'a4' | 'a3' | 'letter';
  orientation?: 'landscape' | 'portrait';
  margin?: number;
  scale?: number;
  ppi?: number;
  booklet?: boolean;
  t?: number | string;
  chapter?: string;
  view?: Partial<Camera>;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface DensitySummary {
  tier: 'campaign' | 'tracks' | 'heads';
  movements: number;
  moving: number;
  events: number;
  /** Infinity is given as null (JSON). */
  labelBudget: number | null;
  labels: number;
  /** Finished movements drawn as a dot where each ended (past a thousand in view) rather than as lines. */
  doneDots: boolean;
  aggregateEvents: boolean;
  /** The legend's density lines, explained, in English ('' when none). */
  legend: string;
}

export interface OpenResult {
  ok: boolean;
  /** The scenario's features (with its movements) once loaded. */
  features: number;
  movements: number;
  /** Problems of features drawn all the same (a claim without its claimant…), in English; [] when none. */
  problems?: string[];
  /** Call → scenario handed to the app (the import), and → its first frame drawn, ms. */
  importMs: number;
  drawnMs: number;
  errors: string[];
}

/** The unit symbols drawn for the scenario, as the framing needs them (none before they are drawn). */
function symbolsShown(scenario: AppState['scenario'], theme: AppState['theme']) {
  const atlas = drawnSymbolAtlas(scenario, theme);
  return atlas ? { symbols: atlas } : {};
}

/**
 * A thin adapter for scripts: the app's state and map for reading and moving, the app's exporter for
 * exports. It holds nothing of its own.
 */
export function createApi(
  app: AppState,
  view: Promise<MapView>,
  exporter: Exporter,
  screen: () => Scene | undefined,
  basemapRestored: Promise<void> = Promise.resolve(),
): SandtableApi {
  let mapView: MapView | undefined;
  const ready = Promise.all([view, basemapRestored]).then(([v]) => {
    mapView = v;
    // A restored basemap restyles the map in an effect: let it run before waiting for the frame.
    flushSync();
    return v.rendered();
  });
  const requireView = () => {
    if (!mapView) throw new Error('sandtable is not ready yet: await sandtable.ready first');
    return mapView;
  };
  const job = (o: ExportSizeOptions): ExportJob => ({
    scenario: app.scenario,
    theme: app.theme,
    lang: app.lang,
    camera: { ...requireView().view, ...o.view },
    size: {
      width: o.width,
      height: o.height,
      pixelRatio: o.pixelRatio ?? defaultPixelRatio(o.width, o.height),
    },
    legendForm: o.legend ?? 'auto',
    relief: app.relief,
    ...(app.userBasemap && { basemap: app.userBasemap }),
    symbols: app.showSymbols,
  });
  return {
    ready,
    get relief() {
      return app.relief;
    },
    get basemap() {
      const b = app.userBasemap;
      return b ? { name: b.name, kind: b.kind } : null;
    },
    get basemapProblem() {
      return app.basemapProblem ?? null;
    },
    get time() {
      return app.t;
    },
    get scenario() {
      const s = app.scenario;
      return { id: s.id, start: s.start, end: s.end, timeZone: s.timeZone };
    },
    async setTime(t) {
      const ms = toEpochMs(t);
      await ready;
      let set = 0;
      // Flush so the map effect has handed the new layers over before we wait for the canvas.
      flushSync(() => (set = app.setTime(ms)));
      await mapView!.rendered();
      return set;
    },
    frame(t) {
      const f = frameAt(app.scenario, t === undefined ? app.t : toEpochMs(t));
      return {
        t: f.t,
        iso: new Date(f.t).toISOString(),
        movements: f.movements.map((m) => ({
          id: m.feature.id,
          status: m.status,
          head: m.head,
          progress: m.progress,
          km: m.km,
        })),
        events: f.events.map((e) => ({
          id: e.feature.id,
          kind: e.feature.kind,
          ageMs: e.age,
          inWindow: e.inWindow,
        })),
        places: f.places.map((p) => ({ id: p.feature.id, controller: p.controller ?? null })),
      };
    },
    get view() {
      return requireView().view;
    },
    briefingCamera(t, size) {
      const assets = readyAssets();
      const canvas = requireView().map.getCanvas();
      if (!assets) throw new Error('sandtable is not ready yet: await sandtable.ready first');
      const ratio = size?.pixelRatio ?? (size ? defaultPixelRatio(size.width, size.height) : 1);
      const frame = size
        ? { width: size.width / ratio, height: size.height / ratio }
        : { width: canvas.clientWidth, height: canvas.clientHeight };
      const basemap = appBasemap(app);
      return briefingFraming(app.scenario, toEpochMs(t), undefined, {
        size: frame,
        theme: app.theme,
        lang: app.lang,
        presenter: !size && app.presenting,
        legendForm: size ? 'auto' : app.legendForm,
        assets,
        basemap: basemap.drawn,
        ...(basemap.detail && { basemapDetail: basemap.detail }),
        ...(app.showSymbols && symbolsShown(app.scenario, app.theme)),
      }).camera;
    },
    async present(chapter) {
      await ready;
      const found = chapter ? findChapter(app.scenario.chapters, chapter) : undefined;
      if (chapter && !found)
        throw new Error(
          `No chapter "${chapter}" (chapters: ${app.scenario.chapters.map((c) => c.id).join(', ')})`,
        );
      flushSync(() => {
        app.presenting = chapter !== null;
        if (found) app.chapter = found.id;
      });
      await requireView().rendered();
    },
    furniture() {
      const scene = screen();
      if (!scene) throw new Error('sandtable is not ready yet: await sandtable.ready first');
      const box = (r: { x: number; y: number; w: number; h: number }) => ({
        x: r.x,
        y: r.y,
        width: r.w,
        height: r.h,
      });
      return {
        items: Object.entries(furnitureRects(scene.furniture.plan)).map(([kind, r]) => ({
          kind: kind as FurnitureKind,
          ...box(r),
        })),
        focus: scene.focus && box(scene.focus),
        inset: insetSummary(scene.furniture.input),
        credits: scene.furniture.input.attribution,
      };
    },
    async setView(v) {
      await ready;
      // The camera is the script's now: the default view no longer claims it.
      app.freeCamera = true;
      const map = requireView().map;
      map.jumpTo(v);
      await requireView().rendered();
      return requireView().view;
    },
    project(lonLat) {
      const p = requireView().map.project(lonLat);
      return [p.x, p.y];
    },
    basemapLabels() {
      const map = requireView().map;
      const ids = BASEMAP_LABEL_LAYERS.filter((id) => map.getLayer(id));
      const names = map
        .queryRenderedFeatures({ layers: ids })
        .map((f) => String(f.properties.name ?? f.properties[`name_${app.lang}`] ?? ''));
      return [...new Set(names)].filter(Boolean).sort();
    },
    get chapters() {
      return chapterRanges(app.scenario.chapters, app.lang);
    },
    findChapter(name) {
      const chapter = findChapter(app.scenario.chapters, name);
      return chapter ? (chapterRanges([chapter], app.lang)[0] ?? null) : null;
    },
    async exportStill(o) {
      await ready;
      const t = o.t === undefined ? app.t : toEpochMs(o.t);
      // Compare (issue #24): loaded with the comparison's own code, only when asked for.
      if (o.compare) return compareStillOf(app, exporter, job(o), t);
      return exporter.still(job(o), t, o.camera);
    },
    async exportFrames(o) {
      await ready;
      const frames = o.frames ?? framesFor(o.fps, o.duration ?? NaN);
      const request = {
        from: toEpochMs(o.from),
        to: toEpochMs(o.to),
        fps: o.fps,
        frames,
        format: o.format,
        bitrate: o.bitrate,
        camera: o.camera,
        captions: o.captions,
        span: o.span,
        onLarge: o.onLarge,
        onProgress: o.onProgress,
        signal: o.signal,
      };
      if (o.sink) return exporter.sequence(job(o), request, callbackSink(o.sink));
      const memory = memorySink();
      await exporter.sequence(job(o), request, memory);
      return memory.blob(MIME[o.format]);
    },
    async exportDeck(o) {
      await ready;
      const { moment, clips, signal, onProgress } = o;
      return exporter.deck(job(o), { moment, clips, signal, onProgress });
    },
    async exportPdf(o = {}) {
      await ready;
      const request = {
        paper: o.paper ?? 'a4',
        orientation: o.orientation ?? 'landscape',
        margin: o.margin ?? 10,
        scale: o.scale,
        ppi: o.ppi ?? 300,
        booklet: o.booklet,
        t: o.t === undefined ? app.t : toEpochMs(o.t),
        chapter: o.chapter,
        signal: o.signal,
        onProgress: o.onProgress,
      };
      // The page sizes its own maps; the job carries the scenario, language and camera. Paper takes the print
      // theme: the projector's dark ground wastes ink and hides the pencil marks of a reader.
      return exporter.pdf({ ...job({ width: 1, height: 1, view: o.view }), theme: 'print' }, request);
    },
    get symbols() {
      return app.showSymbols;
    },
    set symbols(on: boolean) {
      app.showSymbols = on;
    },
    async prepareExport(o) {
      await ready;
      return exporter.prepare(job(o), o.t === undefined ? app.t : toEpochMs(o.t));
    },
    releaseExport: () => exporter.release(),
    get exportMap() {
      return exporter.warmth();
    },
    scenarioJson() {
      const files = { ...app.files };
      return { scenario: JSON.parse(files['scenario.json'] ?? 'null'), files };
    },
    async exportData(format, options = {}) {
      await ready;
      if (!DATA_FORMATS.includes(format))
        throw new Error(`Unknown format ${JSON.stringify(format)}: one of ${DATA_FORMATS.join(', ')}`);
      // The writers load on the first export, not with the app.
      const { exportBlob, exportInPage } = await import('../export-data/export-in-page');
      const out = await exportInPage(app.scenario, format, options.lang ?? 'en');
      const data = typeof out.data === 'string' ? out.data : exportBlob(out);
      return { data, fileName: out.fileName, mime: out.mime, notes: out.notes };
    },
    density() {
      const scene = screen();
      if (!scene) throw new Error('sandtable is not ready yet: await sandtable.ready first');
      const d = scene.density;
      return {
        tier: d.tier,
        movements: d.movements,
        moving: d.moving,
        events: d.events,
        labelBudget: Number.isFinite(d.labelBudget) ? d.labelBudget : null,
        labels: scene.labels.filter((l) => !l.reserved).length,
        doneDots: d.doneDots,
        aggregateEvents: d.aggregateEvents,
        legend: scene.legend
          .filter((e) => e.key.startsWith('density-') || e.key === 'event-cells')
          .map((e) => localize(e.explanation, 'en'))
          .join(' '),
      };
    },
    labels() {
      const scene = screen();
      if (!scene) throw new Error('sandtable is not ready yet: await sandtable.ready first');
      return scene.labels.filter((l) => !l.reserved).map((l) => ({ id: l.id, lines: [...l.lines] }));
    },
    async open(files) {
      await ready;
      const start = performance.now();
      const encoder = new TextEncoder();
      const inputs = files.map((f) => ({ name: f.name, bytes: encoder.encode(f.text) }));
      const result = await importInWorker(inputs).result;
      if ('cancelled' in result || !result.ok) {
        const errors =
          'cancelled' in result ? ['cancelled'] : result.errors.map((e) => formatLoadError(e, 'en'));
        return {
          ok: false,
          features: 0,
          movements: 0,
          importMs: performance.now() - start,
          drawnMs: 0,
          errors,
        };
      }
      const importMs = performance.now() - start;
      flushSync(() => app.replaceScenario(result.scenario, result.files));
      await requireView().rendered();
      return {
        ok: true,
        features: result.scenario.features.length,
        movements: result.scenario.movements.length,
        problems: (result.report.flawed ?? []).map((e) => formatLoadError(e, 'en')),
        importMs,
        drawnMs: performance.now() - start,
        errors: [],
      };
    },
    exportLimits() {
      const { video, ...limits } = exporter.limits();
      return { ...limits, video: video && problemText(video, 'en') };
    },
  };
}
