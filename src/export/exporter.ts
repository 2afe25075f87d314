import type { Lang } from '../i18n/localize';
import type { Problem } from '../i18n/problem';
import type { FurnitureElement, LegendChoice } from '../furniture/furniture-input';
import type { Camera } from '../model/camera';
import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import type { UserBasemap } from '../map/user-basemap';
import type { ByteSink } from './byte-sink';
import type { BitratePreset } from './codec-choice';
import type { ExportProgress } from './export-job';
import type { ExportSize } from './export-sizes';
import type { FrameSchedule, FrameSpan } from './frame-schedule';
import { MAX_PIXELS, MAX_SIDE } from './export-sizes';
import { gpuMaxSide } from './gpu-limits';
import { webCodecsProblem } from './codec-choice';
import type { DeckMoment } from './slides/export-deck';
import type { PdfRequest } from './pdf/export-pdf';

export type SequenceFormat = 'zip' | 'mp4' | 'webm' | 'gif';

export const MIME: Record<SequenceFormat | 'png' | 'pptx' | 'pdf', string> = {
  png: 'image/png',
  zip: 'application/zip',
  mp4: 'video/mp4',
  webm: 'video/webm',
  gif: 'image/gif',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
};

/** What an export draws: a scenario, how it looks, and where from, at an exact size. */
export interface ExportJob {
  scenario: Scenario;
  theme: Theme;
  lang: Lang;
  camera: Camera;
  size: ExportSize;
  /** The legend's form: `auto` (default) lets the layout collapse it on a small frame; `expanded` forces it. */
  legendForm?: LegendChoice;
  /** Unit symbols drawn (the default) or not, as the Symbols toggle shows the map. */
  symbols?: boolean;
  /** The built-in basemap's relief (default true), as the app's Relief switch has it. */
  relief?: boolean;
  /** A basemap the user opened, drawn instead of the built-in one, as on screen. */
  basemap?: UserBasemap;
  /** Pieces of furniture left out (a comparison's second half: one legend, one set of credits). */
  show?: Partial<Record<FurnitureElement, boolean>>;
}

export interface SequenceRequest extends FrameSchedule {
  format: SequenceFormat;
  /** `briefing`: each frame takes the briefing camera at its t (chapter keyframes), as presenting does. */
  camera?: 'view' | 'briefing';
  bitrate?: BitratePreset;
  /** The chapter title and caption as a lower third on each frame (with the briefing camera). */
  captions?: boolean;
  /** Only these frames of the schedule (a segment of a long export, ZIP or video); default all of them. */
  span?: FrameSpan;
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
  /** A GIF that will pass the 20 MB guard: told once, with the bytes so far and projected. */
  onLarge?: (bytes: { written: number; projected: number }) => void;
}

/** The briefing as a PowerPoint deck (see deck/export-deck.ts). */
export interface DeckExportRequest {
  moment?: DeckMoment;
  /** Each chapter's clip embedded as MP4, at this rate and length. */
  clips?: { fps: number; frames: number };
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface ExportWarmth {
  size: ExportSize | null;
  built: number;
}

export interface ExportLimits {
  maxSide: number;
  maxPixels: number;
  /** Why video cannot be exported here, or null when it can. */
  video: Problem | null;
}

/**
 * What the app, its export dialog and the scripting API export through. One per app: it owns the export map
 * kept warm between exports and runs one export at a time.
 */
export interface Exporter {
  /** True while an export runs. */
  readonly busy: boolean;
  /** A PNG of scenario time t, from the job's camera or (`briefing`) from the briefing's framing at t. */
  still(job: ExportJob, t: number, camera?: 'view' | 'briefing'): Promise<Blob>;
  /** A ZIP of PNG frames or a video, streamed to the sink. */
  sequence(
    job: ExportJob,
    request: SequenceRequest,
    sink: ByteSink,
  ): Promise<{ codec?: string; mimeType: string }>;
  /** The briefing as a .pptx: a still per chapter (the job's size, theme and language), legend, notes. */
  deck(job: ExportJob, request: DeckExportRequest): Promise<Blob>;
  /** A print handout (.pdf): one map page at a true or fitted scale, or the booklet (see export/pdf/). */
  pdf(job: ExportJob, request: PdfRequest): Promise<Blob>;
  /** Builds the export map for the job and draws t once, so an export started later begins at full rate. */
  prepare(job: ExportJob, t: number): Promise<void>;
  /** Frees the export map kept warm. */
  release(): Promise<void>;
  /** The export map kept warm now (its size, or null), and how many export maps were built so far. */
  warmth(): ExportWarmth;
  limits(): ExportLimits;
}

/**
 * The app's exporter. The renderer, the PNG and video encoders load on the first export (or warm-up), not
 * with the page: showing the map does not need them.
 */
export function createExporter(baseUrl: string): Exporter {
  let service: import('./export-service').ExportService | undefined;
  let loading: Promise<import('./export-service').ExportService> | undefined;
  const load = () =>
    (loading ??= import('./export-service').then((m) => (service = new m.ExportService(baseUrl))));
  return {
    get busy() {
      return service?.busy ?? false;
    },
    still: async (job, t, camera) => (await load()).still(job, t, camera),
    sequence: async (job, request, sink) => (await load()).sequence(job, request, sink),
    deck: async (job, request) => (await load()).deck(job, request),
    pdf: async (job, request) => (await load()).pdf(job, request),
    prepare: async (job, t) => (await load()).prepare(job, t),
    // Nothing to free before the first export.
    release: async () => service?.release(),
    warmth: () => service?.warmth() ?? { size: null, built: 0 },
    limits: () => exportLimits(),
  };
}

/** What this browser can export: the largest side and pixel count, and why video is unavailable if so. */
export function exportLimits(): ExportLimits {
  return {
    maxSide: Math.min(MAX_SIDE, gpuMaxSide() ?? MAX_SIDE),
    maxPixels: MAX_PIXELS,
    video: webCodecsProblem(globalThis as { VideoEncoder?: unknown; VideoFrame?: unknown }) ?? null,
  };
}
