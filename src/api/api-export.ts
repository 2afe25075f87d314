import { appExportJob } from '../app/app-frame';
import { callbackSink, memorySink } from '../export/byte-sink';
import { MIME, type ExportJob } from '../export/exporter';
import { defaultPixelRatio } from '../export/export-sizes';
import { framesFor } from '../export/frame-schedule';
import { problemText } from '../i18n/problem';
import { toEpochMs } from '../time/format-time';
import { compareStillOf } from '../compare/compare-api';
import type { ApiContext } from './api-context';
import type { ExportSizeOptions, SandtableApi } from './sandtable-api';

/** A script's export options as the job the Export dialog would make: the screen now, at that size. */
function jobOf(ctx: ApiContext, o: ExportSizeOptions): ExportJob {
  ctx.view();
  return appExportJob(ctx.app, {
    size: {
      width: o.width,
      height: o.height,
      pixelRatio: o.pixelRatio ?? defaultPixelRatio(o.width, o.height),
    },
    legendForm: o.legend ?? 'auto',
    ...(o.view && { view: o.view }),
  });
}

/** Exports of what the screen shows, through the app's exporter (one export map, one export at a time). */
export function exportApi(
  ctx: ApiContext,
): Pick<
  SandtableApi,
  | 'exportStill'
  | 'exportFrames'
  | 'exportDeck'
  | 'exportPdf'
  | 'prepareExport'
  | 'releaseExport'
  | 'exportMap'
  | 'exportLimits'
> {
  const { app, exporter } = ctx;
  const at = (t: number | string | undefined) => (t === undefined ? app.t : toEpochMs(t));
  return {
    async exportStill(o) {
      await ctx.ready;
      // Compare (issue #24): loaded with the comparison's own code, only when asked for.
      if (o.compare) return compareStillOf(app, exporter, jobOf(ctx, o), at(o.t));
      return exporter.still(jobOf(ctx, o), at(o.t), o.camera);
    },
    async exportFrames(o) {
      await ctx.ready;
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
      if (o.sink) return exporter.sequence(jobOf(ctx, o), request, callbackSink(o.sink));
      const memory = memorySink();
      await exporter.sequence(jobOf(ctx, o), request, memory);
      return memory.blob(MIME[o.format]);
    },
    async exportDeck(o) {
      await ctx.ready;
      const { moment, clips, signal, onProgress } = o;
      return exporter.deck(jobOf(ctx, o), { moment, clips, signal, onProgress });
    },
    async exportPdf(o = {}) {
      await ctx.ready;
      const request = {
        paper: o.paper ?? 'a4',
        orientation: o.orientation ?? 'landscape',
        margin: o.margin ?? 10,
        scale: o.scale,
        ppi: o.ppi ?? 300,
        booklet: o.booklet,
        t: at(o.t),
        chapter: o.chapter,
        signal: o.signal,
        onProgress: o.onProgress,
      };
      // The page sizes its own maps; the job carries the scenario, language and camera. Paper takes the print
      // theme: the projector's dark ground wastes ink and hides the pencil marks of a reader.
      return exporter.pdf({ ...jobOf(ctx, { width: 1, height: 1, view: o.view }), theme: 'print' }, request);
    },
    async prepareExport(o) {
      await ctx.ready;
      return exporter.prepare(jobOf(ctx, o), at(o.t));
    },
    releaseExport: () => exporter.release(),
    get exportMap() {
      return exporter.warmth();
    },
    exportLimits() {
      const { video, ...limits } = exporter.limits();
      return { ...limits, video: video && problemText(video, 'en') };
    },
  };
}
