import { PNG } from 'pngjs';

/** A PNG of one colour with a diagonal stripe, so images are not all alike. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const stripe = Math.abs(x - y) < 3;
      png.data[i] = stripe ? 255 : rgb[0];
      png.data[i + 1] = stripe ? 255 : rgb[1];
      png.data[i + 2] = stripe ? 255 : rgb[2];
      png.data[i + 3] = 255;
    }
  return new Uint8Array(PNG.sync.write(png));
}
