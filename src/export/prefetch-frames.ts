import type { DrawnFrame, OffscreenRenderer } from './offscreen-renderer';
import type { RenderFrame } from './png-sequence';

export interface PrefetchingRender {
  render: RenderFrame;
  /** Waits for a draw started ahead and not asked for (after a cancel or a failure), so the job can end. */
  drain(): Promise<void>;
}

/**
 * Renders frames first … frames-1 in order, starting the draw of frame i+1 as soon as frame i is drawn: the map
 * prepares the next frame on the main thread while the GPU finishes this one and it is composited.
 */
export function prefetchingRender(
  renderer: Pick<OffscreenRenderer, 'draw' | 'composite'>,
  frames: number,
  draw: (renderer: Pick<OffscreenRenderer, 'draw'>, i: number) => Promise<DrawnFrame>,
  first = 0,
): PrefetchingRender {
  let ahead: { i: number; drawn: Promise<DrawnFrame> } | undefined;
  let expected = first;
  return {
    async render(i) {
      if (i !== expected)
        throw new Error(`Frames are rendered in order: asked for ${i}, expected ${expected}.`);
      expected++;
      const drawn = await (ahead?.i === i ? ahead.drawn : draw(renderer, i));
      ahead = undefined;
      if (i + 1 < frames) {
        const next = draw(renderer, i + 1);
        // Awaited by the next render or by drain; never an unhandled rejection in between.
        next.catch(() => undefined);
        ahead = { i: i + 1, drawn: next };
      }
      return renderer.composite(drawn);
    },
    async drain() {
      await ahead?.drawn.catch(() => undefined);
      ahead = undefined;
    },
  };
}
