import { describe, expect, it } from 'vitest';
import jpeg from 'jpeg-js';
import { imageWidth } from './image-size';
import { encodePng } from '../../scripts/png-encode.mjs';

describe('imageWidth', () => {
  it('reads a PNG header', () => {
    const png = encodePng({ width: 512, height: 512, channels: 3, data: new Uint8Array(512 * 512 * 3) });
    expect(imageWidth(png)).toBe(512);
  });

  it('walks a JPEG to its frame header', () => {
    const data = Buffer.alloc(256 * 8 * 4, 128);
    const { data: bytes } = jpeg.encode({ data, width: 256, height: 8 }, 80);
    expect(imageWidth(new Uint8Array(bytes))).toBe(256);
  });

  it('reads the three WebP headers', () => {
    const webp = (chunk: string, body: number[]) =>
      Uint8Array.from(
        [...'RIFF']
          .map((c) => c.charCodeAt(0))
          .concat(
            [0, 0, 0, 0],
            [...`WEBP${chunk}`].map((c) => c.charCodeAt(0)),
            [0, 0, 0, 0],
            body,
          ),
      );
    // VP8L: signature 0x2f, then 14 bits of width − 1.
    expect(imageWidth(webp('VP8L', [0x2f, 0xff, 0x01, 0, 0, 0, 0, 0, 0, 0]))).toBe(512);
    // VP8 (lossy): frame tag, start code, then 14 bits of width.
    expect(imageWidth(webp('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x00, 0x01, 0, 0]))).toBe(256);
    // VP8X: flags, reserved, then 24 bits of width − 1.
    expect(imageWidth(webp('VP8X', [0, 0, 0, 0, 0xff, 0x01, 0, 0, 0, 0]))).toBe(512);
  });

  it('knows nothing of other bytes', () => {
    expect(imageWidth(Uint8Array.from([1, 2, 3]))).toBeUndefined();
  });
});
