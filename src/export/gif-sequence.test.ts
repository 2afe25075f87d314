import { describe, expect, it } from 'vitest';
import { clipPalette, gifSampleFrames } from './gif-palette';
import { GIF_WARN_BYTES, GifWriter, gifBytesEstimate, gifDelayCs } from './gif-sequence';
import { memorySink } from './byte-sink';
import { parseGif } from '../../tests/support/gif';

const W = 48;
const H = 32;
const RED = [220, 40, 40];
const BLUE = [20, 60, 200];
const SAND = [230, 210, 160];

/** Frame i: sand with a red square moving right and a blue bar. */
function frame(i: number): Uint8ClampedArray {
  const px = new Uint8ClampedArray(W * H * 4);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const c = x >= 2 + i * 4 && x < 10 + i * 4 && y >= 8 && y < 16 ? RED : y >= 26 ? BLUE : SAND;
      px.set([...c, 255], (y * W + x) * 4);
    }
  return px;
}

async function encode(frames: number, fps: number) {
  const all = Array.from({ length: frames }, (_, i) => frame(i));
  const palette = clipPalette(gifSampleFrames(frames).map((i) => all[i]!));
  const sink = memorySink();
  const writer = new GifWriter(sink, { width: W, height: H, fps, palette }, frames);
  for (const f of all) await writer.add(f);
  const size = await writer.finish();
  const bytes = new Uint8Array(await sink.blob('image/gif').arrayBuffer());
  return { bytes, size, gif: parseGif(bytes) };
}

describe('GIF sequence', () => {
  it('writes every frame at the clip’s size, looping, with delays that add up to the duration', async () => {
    const { bytes, size, gif } = await encode(9, 30);
    expect(size).toBe(bytes.length);
    expect(gif).toMatchObject({ width: W, height: H, loops: 0 });
    expect(gif.frames).toHaveLength(9);
    expect(gif.frames.map((f) => f.delayCs)).toEqual([3, 4, 3, 3, 4, 3, 3, 4, 3]);
    expect(gif.frames.reduce((s, f) => s + f.delayCs, 0)).toBe(30);
  });

  it('maps every frame to the one clip palette, so the square is red where it is drawn and nowhere else', async () => {
    const { gif } = await encode(6, 10);
    const colour = (f: number, x: number, y: number) =>
      gif.globalPalette[gif.frames[f]!.indices[y * W + x]!]!;
    const near = (a: number[], b: number[]) => a.every((v, k) => Math.abs(v - b[k]!) <= 8);
    for (const f of [0, 5]) {
      expect(near(colour(f, 4 + f * 4, 10), RED)).toBe(true);
      expect(near(colour(f, 4 + f * 4, 20), SAND)).toBe(true);
      expect(near(colour(f, 0, 30), BLUE)).toBe(true);
    }
    expect(near(colour(0, 30, 10), SAND)).toBe(true);
  });

  it('streams: the first frame is in the sink before the second is given', async () => {
    const writes: number[] = [];
    const sink = {
      write: async (c: { position: number }) => void writes.push(c.position),
      close: async () => {},
      abort: async () => {},
    };
    const writer = new GifWriter(sink, { width: W, height: H, fps: 10, palette: clipPalette([frame(0)]) }, 2);
    await writer.add(frame(0));
    expect(writes.length).toBeGreaterThan(0);
    expect(writer.bytesWritten).toBeGreaterThan(W * H * 0.05);
  });

  it('warns once when the clip will pass the size guard', async () => {
    const warnings: { projected: number }[] = [];
    const noise = (seed: number) => {
      const px = new Uint8ClampedArray(W * H * 4);
      let s = seed;
      for (let i = 0; i < px.length; i++) px[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
      return px;
    };
    const writer = new GifWriter(
      memorySink(),
      { width: W, height: H, fps: 10, palette: clipPalette([noise(1)]), onLarge: (b) => warnings.push(b) },
      // A clip this long at this rate passes 20 MB.
      Math.ceil(GIF_WARN_BYTES / (W * H * 0.5)),
    );
    for (let i = 0; i < 5; i++) await writer.add(noise(i));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.projected).toBeGreaterThan(GIF_WARN_BYTES);
  });

  it('names bad sizes, rates, palettes and frames', () => {
    const palette = clipPalette([frame(0)]);
    expect(() => new GifWriter(memorySink(), { width: 0, height: H, fps: 10, palette }, 1)).toThrow('0×32');
    expect(() => new GifWriter(memorySink(), { width: W, height: H, fps: 60, palette }, 1)).toThrow('60');
    const w = new GifWriter(memorySink(), { width: W, height: H, fps: 10, palette }, 1);
    return expect(w.add(new Uint8ClampedArray(10))).rejects.toThrow('got 10');
  });

  it('samples first, last and evenly between for the palette', () => {
    expect(gifSampleFrames(101)).toEqual([0, 25, 50, 75, 100]);
    expect(gifSampleFrames(1)).toEqual([0]);
    expect(gifDelayCs(0, 25)).toBe(4);
  });
});

describe('gifBytesEstimate', () => {
  it('grows with pixels and frames', () => {
    const one = gifBytesEstimate(1280, 720, 1);
    expect(gifBytesEstimate(1280, 720, 80)).toBe(one * 80);
    expect(gifBytesEstimate(1920, 1080, 1)).toBeGreaterThan(one * 2);
    expect(gifBytesEstimate(1280, 720, 0)).toBe(0);
  });
});
