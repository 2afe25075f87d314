import type { LonLat } from '../model/geo';
import type { Camera } from '../model/camera';
import type { FurnitureKind } from '../furniture/furniture-layout';
import type { LegendChoice } from '../furniture/furniture-input';
import type { SequenceFormat, DeckExportRequest, ExportWarmth } from '../export/exporter';
import type { ByteChunk } from '../export/byte-sink';
import type { ChapterRange } from '../briefing/chapters';
import type { BitratePreset } from '../export/codec-choice';
import type { ExportProgress } from '../export/export-job';
import type { DataFormat } from '../export-data/shared';
import { apiContext, joined, type ApiParts } from './api-context';
import { compareApi, type CompareApi } from '../compare/compare-api';
import { cameraApi } from './api-camera';
import { exportApi } from './api-export';
import { filesApi } from './api-files';
import { momentApi } from './api-moment';
import { screenApi } from './api-screen';
import { settingsApi } from './api-settings';

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
export interface SandtableApi extends CompareApi {
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

/**
 * A thin adapter for scripts over the app's state, the scene on screen and the app's exporter; it holds
 * nothing of its own. One piece per concept: the moment, the camera, what is on screen, the switches,
 * exports, and the scenario as files.
 */
export function createApi(parts: ApiParts): SandtableApi {
  const ctx = apiContext(parts);
  return joined<SandtableApi>(
    { ready: ctx.ready },
    settingsApi(ctx),
    momentApi(ctx),
    cameraApi(ctx),
    screenApi(ctx),
    exportApi(ctx),
    filesApi(ctx),
    // Compare (issue #24): its part of the API, kept in its own module.
    compareApi(ctx.app, ctx.ready, parts.view),
  );
}
