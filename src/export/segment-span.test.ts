import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { spanOf, spanProblem } from './frame-schedule';
import { exportPngSequence } from './png-sequence';
import { prefetchingRender } from './prefetch-frames';
import { memorySink } from './byte-sink';
import type { DrawnFrame } from './offscreen-renderer';

const schedule = { from: 0, to: 6000, fps: 30, frames: 6 };

describe('a segment of an export (span)', () => {
  it('is the whole schedule unless one is named, and must fit it', () => {
    expect(spanOf(schedule)).toEqual({ first: 0, count: 6 });
    expect(spanOf({ ...schedule, span: { first: 2, count: 2 } })).toEqual({ first: 2, count: 2 });
    expect(spanProblem(schedule, { first: 4, count: 2 })).toBeUndefined();
    expect(spanProblem(schedule, { first: 5, count: 2 })).toMatch(
      /frames 5 to 6 are not within the 6 frames/,
    );
    expect(spanProblem(schedule, { first: 0, count: 0 })).toMatch(/not within/);
    expect(spanProblem(schedule, { first: 1.5, count: 1 })).toMatch(/not within/);
  });

  it('zips its frames under their numbers in the whole export, rendering only those', async () => {
    const asked: number[] = [];
    // A canvas stand-in: its "PNG" is the frame number, so the entries show which frame went where.
    const render = async (i: number) => {
      asked.push(i);
      return { convertToBlob: async () => new Blob([`png ${i}`]) } as unknown as OffscreenCanvas;
    };
    const sink = memorySink();
    await exportPngSequence({ ...schedule, span: { first: 2, count: 3 } }, render, sink);
    const zip = unzipSync(new Uint8Array(await sink.blob('application/zip').arrayBuffer()));
    expect(asked).toEqual([2, 3, 4]);
    expect(Object.keys(zip)).toEqual(['frame-00002.png', 'frame-00003.png', 'frame-00004.png']);
    expect(new TextDecoder().decode(zip['frame-00003.png'])).toBe('png 3');
  });

  it('is drawn ahead from its first frame to its end', async () => {
    const drawn: number[] = [];
    const renderer = {
      draw: async (t: number) => {
        drawn.push(t);
        return {} as DrawnFrame;
      },
      composite: async () => ({}) as OffscreenCanvas,
    };
    const frames = prefetchingRender(renderer, 6, (r, i) => r.draw(i, i), 4);
    await expect(frames.render(0)).rejects.toThrow(/asked for 0, expected 4/);
    await frames.render(4);
    await frames.render(5);
    await frames.drain();
    expect(drawn).toEqual([4, 5]);
  });
});
