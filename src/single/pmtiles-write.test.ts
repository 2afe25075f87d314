import { describe, expect, it } from 'vitest';
import { PMTiles, TileType, Compression } from 'pmtiles';
import { COMPRESSION, HEADER_BYTES, TILE_TYPE, serializeDirectory, writePmtiles } from './pmtiles-write.mjs';
import { BytesSource } from '../../tests/support/bytes-source';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (buf: ArrayBuffer | undefined) => new TextDecoder().decode(buf);

describe('writePmtiles', () => {
  const tiles = [
    { z: 1, x: 1, y: 0, data: new TextEncoder().encode('one-one-zero') },
    { z: 0, x: 0, y: 0, data: new TextEncoder().encode('root') },
    { z: 1, x: 0, y: 0, data: new TextEncoder().encode('same') },
    { z: 1, x: 0, y: 1, data: new TextEncoder().encode('same') },
    { z: 1, x: 1, y: 1, data: new TextEncoder().encode('same') },
  ];
  const archive = writePmtiles(tiles, {
    tileType: TILE_TYPE.png,
    bounds: [-26, -2, 26, 37.5],
    metadata: { name: 'test', attribution: 'nobody' },
  });
  const reader = new PMTiles(new BytesSource(archive));

  it('writes a header the pmtiles reader understands', async () => {
    const h = await reader.getHeader();
    expect(h.specVersion).toBe(3);
    expect(h.tileType).toBe(TileType.Png);
    expect(h.internalCompression).toBe(Compression.None);
    expect(h.tileCompression).toBe(Compression.None);
    expect([h.minZoom, h.maxZoom]).toEqual([0, 1]);
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat]).toEqual([-26, -2, 26, 37.5]);
    expect(h.rootDirectoryOffset).toBe(HEADER_BYTES);
    expect(h.clustered).toBe(true);
    expect(h.numAddressedTiles).toBe(5);
    // (1,0,0), (1,0,1), (1,1,1) are ids 1, 2, 3 and share bytes: one run. (1,1,0) is id 4.
    expect(h.numTileEntries).toBe(3);
    expect(h.numTileContents).toBe(3);
  });

  it('returns every tile by z/x/y, and nothing for a tile it lacks', async () => {
    for (const t of tiles) expect(text((await reader.getZxy(t.z, t.x, t.y))?.data)).toBe(text(t.data.buffer));
    expect(await reader.getZxy(2, 0, 0)).toBeUndefined();
  });

  it('carries the metadata', async () => {
    expect(await reader.getMetadata()).toEqual({ name: 'test', attribution: 'nobody' });
  });

  it('gives the same bytes for the same tiles in any order', () => {
    const again = writePmtiles([...tiles].reverse(), {
      tileType: TILE_TYPE.png,
      bounds: [-26, -2, 26, 37.5],
      metadata: { name: 'test', attribution: 'nobody' },
    });
    expect(again).toEqual(archive);
  });

  it('moves a large directory into leaves and still finds every tile', async () => {
    const many = [];
    for (let x = 0; x < 128; x++)
      for (let y = 0; y < 64; y++) many.push({ z: 7, x, y, data: bytes(x, y, (x * 7 + y) % 251) });
    const big = writePmtiles(many, { tileType: TILE_TYPE.mvt, bounds: [-180, -85, 180, 85] });
    const r = new PMTiles(new BytesSource(big));
    const h = await r.getHeader();
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    expect(h.rootDirectoryLength).toBeLessThanOrEqual(16384 - HEADER_BYTES);
    for (const [x, y] of [
      [0, 0],
      [127, 63],
      [64, 5],
      [3, 60],
    ] as const) {
      expect([...new Uint8Array((await r.getZxy(7, x, y))!.data)]).toEqual([x, y, (x * 7 + y) % 251]);
    }
  });

  it('refuses an empty archive and a tile given twice, naming it', () => {
    expect(() => writePmtiles([], { tileType: 1, bounds: [0, 0, 1, 1] })).toThrow(/at least one tile/);
    const twice = [tiles[0]!, { ...tiles[0]!, data: bytes(1) }];
    expect(() => writePmtiles(twice, { tileType: 1, bounds: [0, 0, 1, 1] })).toThrow(
      'tile 1/1/0 given twice',
    );
  });
});

describe('serializeDirectory', () => {
  it('encodes the v3 example: ids as deltas, contiguous offsets as 0', () => {
    const dir = serializeDirectory([
      { tileId: 0, offset: 0, length: 10, runLength: 1 },
      { tileId: 1, offset: 10, length: 20, runLength: 2 },
      { tileId: 300, offset: 5, length: 1, runLength: 1 },
    ]);
    // count 3 | ids 0,1,299 (299 = 0xab 0x02) | runs 1,2,1 | lengths 10,20,1 | offsets 0+1, contiguous 0, 5+1
    expect([...dir]).toEqual([3, 0, 1, 0xab, 0x02, 1, 2, 1, 10, 20, 1, 1, 0, 6]);
  });

  it('exposes the header codes the reader uses', () => {
    expect(COMPRESSION.none).toBe(Compression.None);
    expect(TILE_TYPE.mvt).toBe(TileType.Mvt);
    expect(TILE_TYPE.webp).toBe(TileType.Webp);
  });
});
