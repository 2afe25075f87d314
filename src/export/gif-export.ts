import { pipelineFrames, throwIfAborted } from './export-job';
import type { FrameSchedule } from './frame-schedule';
import type { ByteSink } from './byte-sink';
import { clipPalette, gifSampleFrames } from './gif-palette';
import { GifWriter } from './gif-sequence';

/** Where a GIF's pixels come from: any frame for the palette, then every frame in order. */
export interface GifSource {
  /** RGBA of frame i, in any order: the palette's samples, drawn before the clip. */
  sample(i: number): Promise<Uint8ClampedArray | Uint8Array>;
  /** RGBA of frame i, asked for 0, 1, 2… (so a renderer may draw the next frame ahead). */
  frame(i: number): Promise<Uint8ClampedArray | Uint8Array>;
}

export interface GifExportOptions {
  width: number;
  height: number;
  signal?: AbortSignal;
  onFrame?: () => void;
  /** The clip will pass the 20 MB guard: told once, with the bytes so far and projected. */
  onLarge?: (bytes: { written: number; projected: number }) => void;
}

/** RGBA of a 2D canvas as it is now. */
export function canvasPixels(canvas: OffscreenCanvas): Uint8ClampedArray {
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
}

/**
 * A GIF of the schedule's frames, streamed to the sink: a few frames drawn first for the clip's one
 * palette (frames are pure functions of t, so drawing one twice gives the same pixels), then every frame
 * encoded while the next one is drawn. The sink is closed on success; the caller aborts it on failure.
 */
export async function exportGif(
  schedule: FrameSchedule,
  source: GifSource,
  sink: ByteSink,
  options: GifExportOptions,
): Promise<{ mimeType: 'image/gif'; bytes: number }> {
  const samples = [];
  for (const i of gifSampleFrames(schedule.frames)) {
    throwIfAborted(options.signal);
    // Copied: a renderer may hand back the same buffer for its next frame.
    samples.push((await source.sample(i)).slice());
  }
  const writer = new GifWriter(
    sink,
    {
      width: options.width,
      height: options.height,
      fps: schedule.fps,
      palette: clipPalette(samples),
      onLarge: options.onLarge,
    },
    schedule.frames,
  );
  samples.length = 0;
  await pipelineFrames(
    schedule.frames,
    async (i) => (await source.frame(i)).slice(),
    (_i, pixels) => writer.add(pixels),
    { signal: options.signal, onFrame: () => options.onFrame?.() },
  );
  return { mimeType: 'image/gif', bytes: await writer.finish() };
}
