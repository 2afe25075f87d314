import { describe, expect, it } from 'vitest';
import { BASEMAP_BLOCK_ID, embedBasemap, readEmbeddedBasemap, toBase64 } from './basemap-block';
import { embedBriefing, readEmbeddedBriefing } from './briefing-file';
import { briefingBasemap, briefingRegions } from './cut-basemap';
import { readPmtiles } from './pmtiles-extract.mjs';
import { writePmtiles, TILE_TYPE, COMPRESSION } from './pmtiles-write.mjs';
import type { Camera } from '../model/camera';
import { PAGE_TEMPLATE as TEMPLATE, docOf } from '../../tests/support/embedded-doc';

const camera = (lon: number, lat: number, zoom: number): Camera => ({
  center: [lon, lat],
  zoom,
  bearing: 0,
  pitch: 0,
});
const chapter = (lon: number, lat: number, zoom: number) => ({
  id: `c${lon}`,
  title: { en: '' },
  caption: { en: '' },
  start: 0,
  end: 1,
  camera: camera(lon, lat, zoom),
});
// Narvik's fjord at zoom 8, a chapter far away over the Falklands, one feature north of Narvik.
const NARVIK = {
  defaultView: camera(17.4, 68.4, 8),
  chapters: [chapter(-59, -51.7, 9)],
  features: [{ geometry: { type: 'Point', coordinates: [18, 69.5] } }],
  movements: [],
} as unknown as Parameters<typeof briefingRegions>[0];

describe('briefingRegions', () => {
  it('covers the opening view, every chapter and the features, each with a margin', () => {
    const regions = briefingRegions(NARVIK);
    expect(regions).toHaveLength(3);
    const contains = ([w, s, e, n]: readonly number[], [lon, lat]: [number, number]) =>
      w !== undefined &&
      s !== undefined &&
      e !== undefined &&
      n !== undefined &&
      lon > w &&
      lon < e &&
      lat > s &&
      lat < n;
    expect(contains(regions[0]!, [17.4, 68.4])).toBe(true);
    expect(contains(regions[1]!, [-59, -51.7])).toBe(true);
    expect(contains(regions[2]!, [18, 69.5])).toBe(true);
    // Not the whole world: a zoom-8 view on a 1920×1080 screen is a few degrees wide.
    const [w, , e] = regions[0]!;
    expect(e - w).toBeGreaterThan((1920 / (512 * 2 ** 8)) * 360);
    expect(e - w).toBeLessThan(12);
    expect(regions.some((r) => contains(r, [1.4, 18.4]))).toBe(false);
  });
});

describe('the basemap block of the single file', () => {
  it('round-trips the archives beside a briefing, replacing the ones the file held', () => {
    const first = embedBasemap(TEMPLATE, { 'world.pmtiles': 'AAAA' });
    const html = embedBasemap(embedBriefing(first, { files: { a: '1' } }), { 'world.pmtiles': 'QUJD' });
    expect(html.split(BASEMAP_BLOCK_ID)).toHaveLength(2);
    expect(readEmbeddedBasemap(docOf(html))).toEqual({ 'world.pmtiles': 'QUJD' });
    expect(readEmbeddedBriefing(docOf(html))?.files).toEqual({ a: '1' });
  });

  it('reads a missing or broken block as no archives', () => {
    expect(readEmbeddedBasemap(docOf(TEMPLATE))).toEqual({});
    const broken = TEMPLATE.replace(
      '</head>',
      `<script type="application/json" id="${BASEMAP_BLOCK_ID}">{oops</script></head>`,
    );
    expect(readEmbeddedBasemap(docOf(broken))).toEqual({});
  });

  it('encodes large archives to base64 as btoa would', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('briefingBasemap', () => {
  // One archive of every tile to zoom 6; each tile's bytes name it.
  const tiles = [];
  for (let z = 0; z <= 6; z++)
    for (let x = 0; x < 2 ** z; x++)
      for (let y = 0; y < 2 ** z; y++)
        tiles.push({ z, x, y, data: new TextEncoder().encode(`${z}/${x}/${y}`) });
  const archive = writePmtiles(tiles, {
    tileType: TILE_TYPE.webp,
    tileCompression: COMPRESSION.none,
    bounds: [-180, -85, 180, 85],
  });
  const requested: string[] = [];
  const fetcher = (async (url: string) => {
    requested.push(url);
    return new Response(archive);
  }) as unknown as typeof fetch;

  it("keeps the world's low zooms and, deeper, only the briefing's regions, reading each archive once", async () => {
    const out = await briefingBasemap(NARVIK, 'http://app.test/sandtable/', fetcher);
    expect(requested).toEqual([
      'http://app.test/sandtable/basemap/relief-projector.pmtiles',
      'http://app.test/sandtable/basemap/relief-print.pmtiles',
      'http://app.test/sandtable/basemap/world.pmtiles',
      'http://app.test/sandtable/basemap/places.pmtiles',
    ]);
    const kept = readPmtiles(Buffer.from(out['world.pmtiles']!, 'base64')).tiles;
    expect(kept.filter((t) => t.z <= 4)).toHaveLength(341);
    const deep = kept.filter((t) => t.z === 6).map((t) => `${t.x}/${t.y}`);
    // Narvik (17.4° E, 68.4° N) is in z6 tile 35/14; the Falklands (59° W, 51.7° S) in 21/42; Kidal's 32/28 not.
    expect(deep).toContain('35/14');
    expect(deep).toContain('21/42');
    expect(deep).not.toContain('32/28');
    expect(deep.length).toBeLessThan(20);
  });
});
