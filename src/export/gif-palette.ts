import { quantize, type Palette } from 'gifenc';

/** Pixels quantised for one clip's palette: enough to see every colour, few enough to stay quick. */
const SAMPLE_PIXELS = 1 << 20;

/**
 * One palette for a whole clip, from a few of its frames (see gifSampleFrames): every frame then maps to the
 * same colours, so colours do not shimmer from frame to frame as per-frame palettes would make them.
 * Frames are subsampled on a fixed stride, so the palette depends only on the frames.
 */
export function clipPalette(samples: readonly (Uint8Array | Uint8ClampedArray)[], maxColors = 256): Palette {
  if (!samples.length) throw new Error('clipPalette needs at least one sample frame (got 0)');
  const total = samples.reduce((n, s) => n + s.length / 4, 0);
  const stride = Math.max(1, Math.ceil(total / SAMPLE_PIXELS));
  const pooled = new Uint8Array(Math.ceil(total / stride) * 4 + 4 * samples.length);
  let o = 0;
  for (const s of samples) {
    if (s.length % 4) throw new Error(`A sample frame is not RGBA: ${s.length} bytes`);
    for (let p = 0; p < s.length; p += 4 * stride) {
      pooled[o++] = s[p]!;
      pooled[o++] = s[p + 1]!;
      pooled[o++] = s[p + 2]!;
      pooled[o++] = 255;
    }
  }
  return quantize(pooled.subarray(0, o).slice(), maxColors, { format: 'rgb565' });
}

/** Which frames to sample for the palette: the first, the last and three between, as indices. */
export function gifSampleFrames(frames: number): number[] {
  if (frames < 1) throw new Error(`A GIF needs at least one frame (got ${frames})`);
  return [...new Set([0, 0.25, 0.5, 0.75, 1].map((u) => Math.round(u * (frames - 1))))];
}
