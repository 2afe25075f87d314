import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PMTiles, type Source } from 'pmtiles';
import webpDecoder from '@jsquash/webp/codec/dec/webp_dec.js';
import { initEmscriptenModule } from '@jsquash/webp/utils.js';
import { RELIEF_LIGHT, basemapPalette } from '../src/map/basemap-palette';
import { RELIEF_ZOOMS } from '../src/map/basemap-style';
import { parseColour } from './relief-ground.mjs';
import { tileToLonLat } from './relief-dem.mjs';

// The committed relief archives, as the app serves them: baked in today's palette, and shaded where the
// ground rises and nowhere else.

const require = createRequire(import.meta.url);

function archive(theme: string): PMTiles {
  const path = fileURLToPath(new URL(`../public/basemap/relief-${theme}.pmtiles`, import.meta.url));
  const bytes = readFileSync(path);
  const source: Source = {
    getKey: () => path,
    getBytes: async (offset, length) => ({
      data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length),
    }),
  };
  return new PMTiles(source);
}

const decoder = WebAssembly.compile(
  readFileSync(require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm')),
).then(
  (wasm) =>
    initEmscriptenModule(webpDecoder, wasm) as Promise<{ decode: (data: ArrayBuffer) => ImageData | null }>,
);

/** The RGB of the z6 pixel under a lon/lat. */
async function pixelAt(tiles: PMTiles, [lon, lat]: [number, number]): Promise<number[]> {
  const z = RELIEF_ZOOMS.max;
  const n = 2 ** z;
  const fx = ((lon + 180) / 360) * n;
  const r = (lat * Math.PI) / 180;
  const fy = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n;
  const tile = await tiles.getZxy(z, Math.floor(fx), Math.floor(fy));
  if (!tile) throw new Error(`no z${z} tile at ${lon}, ${lat}`);
  const image = (await decoder).decode(tile.data);
  if (!image) throw new Error(`the z${z} tile at ${lon}, ${lat} is not a WebP image`);
  const i = Math.floor((fx % 1) * 256);
  const j = Math.floor((fy % 1) * 256);
  const k = (j * image.width + i) * 4;
  return [...image.data.subarray(k, k + 3)];
}

const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));
const rgb255 = (css: string) =>
  parseColour(css)
    .slice(0, 3)
    .map((v) => Math.round(v * 255));

describe.each(['projector', 'print'] as const)('relief-%s.pmtiles', (theme) => {
  const tiles = archive(theme);
  const p = basemapPalette(theme);

  it('was baked in the palette the style draws with (else run npm run basemap)', async () => {
    const metadata = (await tiles.getMetadata()) as Record<string, unknown>;
    expect(metadata.sea).toEqual(parseColour(p.sea));
    expect(metadata.fills).toEqual([parseColour(p.land)]);
    expect(metadata.light).toEqual({
      ...RELIEF_LIGHT,
      exaggeration: p.reliefExaggeration,
      shadow: parseColour(p.reliefShadow),
      highlight: parseColour(p.reliefHighlight),
    });
    const header = await tiles.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([RELIEF_ZOOMS.min, RELIEF_ZOOMS.max]);
  });

  it('is the plain ground colour on flat desert and at sea, and shaded over the massif', async () => {
    // West of the Tilemsi, the flattest ground in Mali's north; the Atlantic off Dakar; Mauritania's desert.
    expect(distance(await pixelAt(tiles, [-2.5, 18.85]), rgb255(p.land))).toBeLessThanOrEqual(3);
    expect(distance(await pixelAt(tiles, [-20, 14]), rgb255(p.sea))).toBeLessThanOrEqual(3);
    expect(distance(await pixelAt(tiles, [-9, 21]), rgb255(p.land))).toBeLessThanOrEqual(6);
    // Inside the Adrar des Ifoghas, on either side of a ridge: lit and shadowed slopes.
    const massif = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        pixelAt(tiles, tileToLonLat(6, 32.2 + i * 0.02, 28.6) as [number, number]),
      ),
    );
    const grey = massif.map(([r = 0, g = 0, b = 0]) => 0.2126 * r + 0.7152 * g + 0.0722 * b);
    expect(Math.max(...grey) - Math.min(...grey)).toBeGreaterThan(10);
  });

  it('covers the whole Earth: shaded mountains and plain sea far from the Sahel', async () => {
    // The Alps near Mont Blanc, the Scandinavian mountains behind Narvik, the Andes; the open South Atlantic.
    for (const [lon, lat] of [
      [6.9, 45.9],
      [17.8, 68.3],
      [-70, -33],
    ] as [number, number][]) {
      const row = await Promise.all(
        Array.from({ length: 24 }, (_, i) => pixelAt(tiles, [lon + i * 0.03, lat])),
      );
      const grey = row.map(([r = 0, g = 0, b = 0]) => 0.2126 * r + 0.7152 * g + 0.0722 * b);
      expect(Math.max(...grey) - Math.min(...grey), `${lon}, ${lat}`).toBeGreaterThan(10);
    }
    expect(distance(await pixelAt(tiles, [-30, -40]), rgb255(p.sea))).toBeLessThanOrEqual(3);
  });
});
