/** The scheme MapLibre hands to the PMTiles protocol (src/map/pmtiles-protocol.ts). */
export const PMTILES_SCHEME = 'pmtiles://';

/**
 * A MapLibre tile URL template for an archive. `archive` is the archive's key: an absolute http(s) URL for a
 * file the app serves, or the key of a `Source` added with `addPmtilesSource` (a file opened from disk).
 */
export function pmtilesTiles(archive: string): string {
  return `${PMTILES_SCHEME}${archive}/{z}/{x}/{y}`;
}
