import { describe, expect, it } from 'vitest';
import { exportGif } from './gif-export';
import { memorySink } from './byte-sink';
import { parseGif } from '../../tests/support/gif';

const W = 32;
const H = 16;

/** Frame i: a gradient whose bright column moves with i. */
function pixels(i: number): Uint8ClampedArray {
  const px = new Uint8ClampedArray(W * H * 4);
  for (let k = 0; k < W * H; k++) px.set([k % W === i ? 250 : (k % W) * 6, 90, 160, 255], k * 4);
  return px;
}

describe('exportGif', () => {
  it('samples frames for the palette, then asks for every frame in order and writes them all', async () => {
    const asked: string[] = [];
    const shared = new Uint8ClampedArray(W * H * 4);
    // A renderer that reuses one buffer: the exporter must copy before the next draw.
    const source = {
      sample: async (i: number) => (asked.push(`s${i}`), shared.set(pixels(i)), shared),
      frame: async (i: number) => (asked.push(`f${i}`), shared.set(pixels(i)), shared),
    };
    const sink = memorySink();
    const schedule = { from: 0, to: 1000, fps: 5, frames: 9 };
    const frames: number[] = [];
    const result = await exportGif(schedule, source, sink, {
      width: W,
      height: H,
      onFrame: () => frames.push(1),
    });
    expect(asked).toEqual(['s0', 's2', 's4', 's6', 's8', ...Array.from({ length: 9 }, (_, i) => `f${i}`)]);
    expect(frames).toHaveLength(9);
    const gif = parseGif(new Uint8Array(await sink.blob('image/gif').arrayBuffer()));
    expect(result).toEqual({ mimeType: 'image/gif', bytes: expect.any(Number) });
    expect(gif.frames).toHaveLength(9);
    // The bright column is where frame i put it.
    for (const i of [0, 5, 8]) {
      const c = gif.globalPalette[gif.frames[i]!.indices[W + i]!]!;
      expect(c[0]).toBeGreaterThan(230);
    }
  });

  it('stops when cancelled, before drawing the clip', async () => {
    const controller = new AbortController();
    const source = {
      sample: async (i: number) => (controller.abort(), pixels(i)),
      frame: async () => {
        throw new Error('not reached');
      },
    };
    await expect(
      exportGif({ from: 0, to: 1, fps: 5, frames: 4 }, source, memorySink(), {
        width: W,
        height: H,
        signal: controller.signal,
      }),
    ).rejects.toThrow(/cancel|abort/i);
  });
});
