import { makeZip } from 'client-zip';
import { frameFileName, frameTime, spanOf, type FrameSchedule, type FrameSpan } from './frame-schedule';
import { throwIfAborted } from './export-job';
import { pumpStream, type ByteSink } from './byte-sink';

/** Renders frame i into a canvas; the caller's renderer owns the canvas and reuses it. */
export type RenderFrame = (i: number) => Promise<OffscreenCanvas>;

/** A PNG of the canvas as it is now: convertToBlob snapshots synchronously and encodes in the background. */
export function pngOf(canvas: OffscreenCanvas): Promise<Blob> {
  return canvas.convertToBlob({ type: 'image/png' });
}

/**
 * The frames as ZIP entries, produced lazily: frame i+1 renders while frame i's PNG is encoded and zipped,
 * and no more than two frames are held at once. A segment's frames keep their numbers in the whole export.
 */
async function* pngEntries(
  schedule: FrameSchedule & { span?: FrameSpan },
  render: RenderFrame,
  options: { signal?: AbortSignal; onFrame?: () => void },
): AsyncGenerator<{ name: string; input: Blob; lastModified: Date }> {
  const { first, count } = spanOf(schedule);
  const end = first + count;
  const produce = async (i: number) => ({ png: pngOf(await render(i)) });
  let next: Promise<{ png: Promise<Blob> }> | undefined = produce(first);
  try {
    for (let i = first; i < end; i++) {
      throwIfAborted(options.signal);
      const { png } = await next!;
      next = i + 1 < end ? produce(i + 1) : undefined;
      const input = await png;
      // Entry dates are the frame's scenario time (ZIP wants a date): the archive is then byte-identical.
      yield {
        name: frameFileName(i, schedule.frames),
        input,
        lastModified: new Date(Math.max(frameTime(schedule, i), Date.UTC(1980, 0, 2))),
      };
      options.onFrame?.();
    }
  } finally {
    // A rendering frame left behind by a cancel must not surface as an unhandled rejection.
    await next?.catch(() => undefined);
  }
}

/** Streams a ZIP of numbered PNG frames to the sink; only the current frames are ever in memory. */
export async function exportPngSequence(
  schedule: FrameSchedule & { span?: FrameSpan },
  render: RenderFrame,
  sink: ByteSink,
  options: { signal?: AbortSignal; onFrame?: () => void } = {},
): Promise<void> {
  const zip = makeZip(pngEntries(schedule, render, options), { buffersAreUTF8: true });
  await pumpStream(zip, sink);
  throwIfAborted(options.signal);
}
