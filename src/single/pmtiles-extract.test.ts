import { describe, expect, it } from 'vitest';
import { extractPmtiles, keepTile, readPmtiles } from './pmtiles-extract.mjs';
import { TILE_TYPE, writePmtiles } from './pmtiles-write.mjs';

// The single-file briefing's sub-archives: low zooms everywhere, deeper only over the region.

function pyramid(maxZoom: number) {
  const tiles = [];
  for (let z = 0; z <= maxZoom; z++)
    for (let x = 0; x < 2 ** z; x++)
      for (let y = 0; y < 2 ** z; y++)
        tiles.push({ z, x, y, data: new TextEncoder().encode(`${z}/${x}/${y}`) });
  return tiles;
}

describe('extractPmtiles', () => {
  const whole = writePmtiles(pyramid(5), {
    tileType: TILE_TYPE.png,
    bounds: [-180, -85, 180, 85],
    metadata: { a: 1 },
  });
  const keep = { lowZoom: 2, regions: [[1, 17, 3, 20]] as [number, number, number, number][] };

  it('reads back every tile of an archive', () => {
    const { tiles, metadata } = readPmtiles(whole);
    expect(tiles.length).toBe(pyramid(5).length);
    expect(metadata).toEqual({ a: 1 });
    const t = tiles.find((x) => x.z === 3 && x.x === 4 && x.y === 3);
    expect(new TextDecoder().decode(t?.data)).toBe('3/4/3');
  });

  it('keeps all low zooms and, deeper, only the tiles over the region', () => {
    const part = readPmtiles(extractPmtiles(whole, keep)).tiles;
    const count = (z: number) => part.filter((t) => t.z === z).length;
    expect([0, 1, 2].map(count)).toEqual([1, 4, 16]);
    // Kidal (1.4° E, 18.4° N) lies in one tile per zoom from 3 to 5.
    expect([3, 4, 5].map(count)).toEqual([1, 1, 1]);
    expect(part.filter((t) => t.z === 5).map((t) => [t.x, t.y])).toEqual([[16, 14]]);
    for (const t of part) expect(new TextDecoder().decode(t.data)).toBe(`${t.z}/${t.x}/${t.y}`);
    expect(keepTile({ z: 5, x: 0, y: 0 }, keep)).toBe(false);
  });

  it('is byte-identical run to run', () => {
    expect(Buffer.from(extractPmtiles(whole, keep)).equals(Buffer.from(extractPmtiles(whole, keep)))).toBe(
      true,
    );
  });
});
