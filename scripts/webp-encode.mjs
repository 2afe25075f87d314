// Lossy WebP for the pre-shaded relief tiles: smooth shading that PNG keeps losslessly at about 4 MB a theme
// takes about 0.5 MB at quality 90. The encoder is libwebp compiled to WebAssembly (@jsquash/webp), loaded
// from its file here and always the plain (non-SIMD) build, so the same pixels give the same bytes on every
// machine with the locked package.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import factory from '@jsquash/webp/codec/enc/webp_enc.js';
import { initEmscriptenModule } from '@jsquash/webp/utils.js';
import { defaultOptions } from '@jsquash/webp/meta.js';

const require = createRequire(import.meta.url);

/** @type {Promise<{ encode: (data: Uint8ClampedArray, width: number, height: number, options: object) => Uint8Array | null }> | undefined} */
let encoder;

function loadEncoder() {
  encoder ??= WebAssembly.compile(
    readFileSync(require.resolve('@jsquash/webp/codec/enc/webp_enc.wasm')),
  ).then((wasm) => initEmscriptenModule(factory, wasm));
  return encoder;
}

/**
 * @param {{ width: number; height: number; data: Uint8Array }} image RGB rows top to bottom
 * @param {{ quality?: number }} [options] quality 0–100 (libwebp's), 90 unless given
 * @returns {Promise<Uint8Array>} WebP file bytes
 */
export async function encodeWebp({ width, height, data }, options = {}) {
  if (data.length !== width * height * 3) {
    throw new Error(`encodeWebp: ${data.length} bytes for ${width}×${height}×3`);
  }
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[4 * i] = data[3 * i] ?? 0;
    rgba[4 * i + 1] = data[3 * i + 1] ?? 0;
    rgba[4 * i + 2] = data[3 * i + 2] ?? 0;
    rgba[4 * i + 3] = 255;
  }
  const quality = options.quality ?? 90;
  // method 6: libwebp's slowest and smallest; the build runs once, the tiles are downloaded every session.
  const out = (await loadEncoder()).encode(rgba, width, height, { ...defaultOptions, quality, method: 6 });
  if (!out) throw new Error(`encodeWebp: libwebp failed on a ${width}×${height} image at quality ${quality}`);
  return Uint8Array.from(out);
}
