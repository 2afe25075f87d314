import { OffscreenRenderer, type RenderSettings } from './offscreen-renderer';
import { gpuMaxSide } from './gpu-limits';
import { ProblemError } from '../i18n/problem';
import { RendererPool } from './renderer-pool';
import { sizeProblems, evenSize, type ExportSize } from './export-sizes';
import { frameTime, scheduleProblems, spanOf, spanProblem } from './frame-schedule';
import { ProgressTracker } from './export-job';
import { exportPngSequence, pngOf, type RenderFrame } from './png-sequence';
import { prefetchingRender } from './prefetch-frames';
import { exportVideo } from './video-export';
import { webCodecsProblem } from './codec-choice';
import type { Framing } from '../scene/framing';
import { memorySink, type ByteSink } from './byte-sink';
import { GIF_MAX_FPS } from './gif-sequence';
import { exportDeck } from './slides/export-deck';
import { legendImage } from './slides/legend-image';
import {
  exportLimits,
  MIME,
  type ExportJob,
  type Exporter,
  type ExportLimits,
  type ExportWarmth,
  type SequenceRequest,
  type DeckExportRequest,
} from './exporter';
import type { PdfRequest } from './pdf/export-pdf';

function checkSize(size: ExportSize): void {
  const problems = sizeProblems(size, gpuMaxSide());
  if (problems.length) throw new ProblemError(problems);
}

/**
 * Draws t until two passes in a row give the same pixels (at most four). In rare runs the first pass of a
 * fresh export map differed from every later one, for a cause not yet found; a still is one frame, so it
 * can afford to be drawn until it has converged.
 */
async function settled(
  renderer: OffscreenRenderer,
  t: number,
  framing: Framing | undefined,
): Promise<OffscreenCanvas> {
  const pixels = (c: OffscreenCanvas) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  let before = pixels(await renderer.render(t, 0, framing));
  for (let pass = 1; pass < 4; pass++) {
    const canvas = await renderer.render(t, pass, framing);
    const now = pixels(canvas);
    if (now.length === before.length && now.every((v, i) => v === before[i])) return canvas;
    before = now;
  }
  return renderer.render(t, 4, framing);
}

/**
 * The exporter: one export map kept warm between jobs (RendererPool), one export at a time — MapLibre's
 * frozen clock is global, and two exports would share it.
 */
export class ExportService implements Exporter {
  #busy = false;
  readonly #pool = new RendererPool((settings) => OffscreenRenderer.create(settings));

  /** `baseUrl`: the app's origin and base, for the basemap's files (MapLibre's worker needs it absolute). */
  constructor(private readonly baseUrl: string) {}

  get busy(): boolean {
    return this.#busy;
  }

  async #exclusive<T>(run: () => Promise<T>): Promise<T> {
    if (this.#busy) throw new ProblemError([{ key: 'problemBusy' }]);
    this.#busy = true;
    try {
      return await run();
    } finally {
      this.#busy = false;
    }
  }

  #settings(job: ExportJob): RenderSettings {
    return { ...job, baseUrl: this.baseUrl };
  }

  /** Runs on the pool's export map; the pool restores MapLibre's clock after, so the app is left as it was. */
  #withRenderer<T>(settings: RenderSettings, run: (r: OffscreenRenderer) => Promise<T>): Promise<T> {
    checkSize(settings.size);
    return this.#pool.use(settings, run);
  }

  /**
   * Builds the export map and draws t once, so that an export started later begins at full rate (the dialog
   * calls this while the user chooses). Does nothing while an export runs or when the map is already warm;
   * never rejects: the export itself reports problems.
   */
  async prepare(job: ExportJob, t: number): Promise<void> {
    const settings = this.#settings(job);
    if (this.#busy || this.#pool.holds(settings) || sizeProblems(settings.size, gpuMaxSide()).length) return;
    await this.#pool.use(settings, (r) => r.render(t, 0)).catch(() => undefined);
  }

  release(): Promise<void> {
    return this.#pool.release();
  }

  warmth(): ExportWarmth {
    return this.#pool.state();
  }

  still(job: ExportJob, t: number, camera: 'view' | 'briefing' = 'view'): Promise<Blob> {
    return this.#exclusive(() =>
      this.#withRenderer(this.#settings(job), async (r) =>
        pngOf(await settled(r, t, camera === 'briefing' ? r.briefingFraming(t) : undefined)),
      ),
    );
  }

  sequence(
    job: ExportJob,
    request: SequenceRequest,
    sink: ByteSink,
  ): Promise<{ codec?: string; mimeType: string }> {
    return this.#exclusive(() => this.#sequence(this.#settings(job), request, sink));
  }

  limits(): ExportLimits {
    return exportLimits();
  }

  /**
   * The deck: each chapter's still under its own camera at the job's size, the legend of all of them, and
   * with `clips` each chapter as an MP4 with the briefing camera — all on the one export map, as one job.
   */
  deck(job: ExportJob, request: DeckExportRequest): Promise<Blob> {
    const settings = this.#settings(job);
    return this.#exclusive(async () => {
      const bytes = await exportDeck(
        job.scenario,
        {
          lang: job.lang,
          moment: request.moment,
          clips: request.clips,
          signal: request.signal,
          onProgress: request.onProgress,
        },
        {
          // As presented: the chapter's camera fitted around this slide's furniture.
          still: (t, camera) =>
            this.#withRenderer({ ...settings, camera }, async (r) =>
              pngOf(await settled(r, t, r.briefingFraming(t))),
            ),
          legend: (times) => legendImage(job.scenario, job.theme, job.lang, times),
          clip: async (_chapter, schedule) => {
            const sink = memorySink();
            const { mimeType } = await this.#sequence(
              settings,
              { ...schedule, format: 'mp4', camera: 'briefing', signal: request.signal },
              sink,
            );
            return sink.blob(mimeType);
          },
        },
      );
      return new Blob([bytes as BlobPart], { type: MIME.pptx });
    });
  }

  /**
   * The print handout: each page's map drawn on an export map of its own size without the furniture printed
   * around it; the PDF code and its library load only now.
   */
  pdf(job: ExportJob, request: PdfRequest): Promise<Blob> {
    const settings = this.#settings(job);
    return this.#exclusive(async () => {
      const [{ exportPdf }, { pdfShot, PRINTED_AROUND }] = await Promise.all([
        import('./pdf/export-pdf'),
        import('./pdf/pdf-shot'),
      ]);
      const bytes = await exportPdf(job.scenario, job.theme, job.lang, job.camera, request, {
        map: (shot) =>
          this.#withRenderer(
            {
              ...settings,
              size: { width: shot.width, height: shot.height, pixelRatio: shot.pixelRatio },
              show: PRINTED_AROUND,
            },
            (r) => pdfShot(r, shot, job.camera),
          ),
      });
      return new Blob([bytes as BlobPart], { type: MIME.pdf });
    });
  }

  /**
   * Renders the schedule's frames and streams them to the sink as a ZIP of PNGs or a video. Frame i is drawn
   * at scenario time t_i with MapLibre's clock frozen at i/fps s, so the output depends on nothing but its
   * inputs.
   */
  async #sequence(
    settings: RenderSettings,
    request: SequenceRequest,
    sink: ByteSink,
  ): Promise<{ codec?: string; mimeType: string }> {
    const problems = scheduleProblems(request);
    if (problems.length) throw new ProblemError(problems);
    const span = spanOf(request);
    const wrongSpan = request.span && spanProblem(request, request.span);
    if (wrongSpan) throw new Error(wrongSpan);
    // A GIF's palette is drawn from the whole clip and GIFs are not joined: a segment is a ZIP or a video.
    if (request.span && request.format === 'gif') throw new Error('span: a GIF is exported whole');
    if (request.format === 'gif' && request.fps > GIF_MAX_FPS)
      throw new ProblemError([{ key: 'problemFps', values: { min: 1, max: GIF_MAX_FPS, fps: request.fps } }]);
    const isVideo = request.format === 'mp4' || request.format === 'webm';
    if (isVideo) {
      const problem = webCodecsProblem(globalThis as { VideoEncoder?: unknown; VideoFrame?: unknown });
      if (problem) throw new ProblemError([problem]);
    }
    const size = isVideo ? evenSize(settings.size) : settings.size;
    try {
      // Captions are the chapter card of the furniture's own layout, fading with each chapter.
      const job = { ...settings, size, captions: request.captions === true };
      return await this.#withRenderer(job, async (renderer) => {
        const framingOf = (t: number) =>
          request.camera === 'briefing' ? renderer.briefingFraming(t) : undefined;
        const t0 = frameTime(request, span.first);
        // A fresh map's first frame may differ from later ones (see settled): draw one to throw away.
        if (renderer.drawn === 0) await renderer.render(t0, 0, framingOf(t0));
        // From here the rate is steady, so the ETA is not skewed by the set-up.
        const progress = new ProgressTracker(span.count);
        const onFrame = () => request.onProgress?.(progress.frameDone());
        request.onProgress?.(progress.progress());
        const frames = prefetchingRender(
          renderer,
          span.first + span.count,
          (r, i) => {
            const t = frameTime(request, i);
            return r.draw(t, (i * 1000) / request.fps, framingOf(t));
          },
          span.first,
        );
        const render = frames.render;
        try {
          if (request.format === 'gif') {
            // The palette's sample frames are drawn apart from the clip, which is then drawn in order.
            const sample: RenderFrame = (i) => {
              const t = frameTime(request, i);
              return renderer.render(t, (i * 1000) / request.fps, framingOf(t));
            };
            const { exportGif, canvasPixels } = await import('./gif-export');
            const result = await exportGif(
              request,
              {
                sample: async (i) => canvasPixels(await sample(i)),
                frame: async (i) => canvasPixels(await render(i)),
              },
              sink,
              {
                width: size.width,
                height: size.height,
                signal: request.signal,
                onFrame,
                onLarge: request.onLarge,
              },
            );
            return { mimeType: result.mimeType };
          }
          return await writeSequence(request, size, render, sink, onFrame);
        } finally {
          await frames.drain();
        }
      });
    } catch (error) {
      await sink.abort(error).catch(() => undefined);
      throw error;
    }
  }
}
async function writeSequence(
  request: SequenceRequest,
  size: ExportSize,
  render: RenderFrame,
  sink: ByteSink,
  onFrame: () => void,
): Promise<{ codec?: string; mimeType: string }> {
  const signal = request.signal;
  if (request.format === 'zip') {
    await exportPngSequence(request, render, sink, { signal, onFrame });
    await sink.close();
    return { mimeType: MIME.zip };
  }
  if (request.format === 'gif') throw new Error('A GIF is written by exportGif, not as a video.');
  const result = await exportVideo(request, render, sink, {
    format: request.format,
    width: size.width,
    height: size.height,
    bitrate: request.bitrate ?? 'medium',
    signal,
    onFrame,
  });
  await sink.close();
  return result;
}
