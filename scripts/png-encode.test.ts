import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { encodePng } from './png-encode.mjs';

function gradient(width: number, height: number, channels: 3 | 4): Uint8Array {
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let c = 0; c < channels; c++)
        data[(y * width + x) * channels + c] = (x * 3 + y * 5 + c * 70) & 0xff;
  return data;
}

describe('encodePng', () => {
  it.each([3, 4] as const)('round-trips %i-channel pixels through a PNG decoder', (channels) => {
    const data = gradient(37, 21, channels);
    const png = PNG.sync.read(Buffer.from(encodePng({ width: 37, height: 21, channels, data })));
    expect([png.width, png.height]).toEqual([37, 21]);
    for (let i = 0; i < 37 * 21; i++) {
      const want = [...data.subarray(i * channels, i * channels + 3), channels === 4 ? data[i * 4 + 3] : 255];
      expect([...png.data.subarray(i * 4, i * 4 + 4)], `pixel ${i}`).toEqual(want);
    }
  });

  it('gives the same bytes for the same pixels', () => {
    const data = gradient(64, 64, 3);
    expect(encodePng({ width: 64, height: 64, channels: 3, data })).toEqual(
      encodePng({ width: 64, height: 64, channels: 3, data: data.slice() }),
    );
  });

  it('names the mismatch when the pixels do not fit the size', () => {
    expect(() => encodePng({ width: 2, height: 2, channels: 3, data: new Uint8Array(11) })).toThrow(
      '11 bytes for 2×2×3',
    );
  });
});
