import { INSET } from '../../scripts/basemap-geometry.mjs';
import { encodePng } from '../../scripts/png-encode.mjs';
import { TILE_TYPE, writePmtiles } from '../../scripts/pmtiles-write.mjs';
import { encodeTerrarium, tilesCovering } from '../../scripts/relief-dem.mjs';

/**
 * A relief archive with the same tiles as public/basemap/relief.pmtiles but level ground everywhere: served in
 * its place, it gives the picture without relief and with everything else unchanged.
 */
export function flatReliefArchive(metres = 400, maxZoom = 6): Uint8Array<ArrayBuffer> {
  const rgb = new Uint8Array(256 * 256 * 3);
  const pixel = encodeTerrarium(metres);
  for (let i = 0; i < 256 * 256; i++) rgb.set(pixel, i * 3);
  const png = encodePng({ width: 256, height: 256, channels: 3, data: rgb });
  const tiles = [];
  for (let z = 0; z <= maxZoom; z++)
    for (const t of tilesCovering(INSET, z)) tiles.push({ z, ...t, data: png });
  return writePmtiles(tiles, {
    tileType: TILE_TYPE.png,
    bounds: [INSET.west, INSET.south, INSET.east, INSET.north],
  });
}
