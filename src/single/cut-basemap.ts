import type { Scenario } from '../model/scenario';
import { extractPmtiles } from '../../scripts/pmtiles-extract.mjs';
import { SINGLE_FILE_ARCHIVES, SINGLE_FILE_LOW_ZOOM, briefingRegions, toBase64 } from './basemap-block';

// Loaded on demand by "Save briefing as one file…" in the served app: the built-in Earth's archives cut to
// what this briefing shows (the world's low zooms, its region deeper), with the same code the build cuts the
// default scenario's with. Each archive is read whole from the app's own origin (four requests, not
// thousands of tile ranges), then cut in memory.

export async function briefingBasemap(
  scenario: Pick<Scenario, 'defaultView' | 'chapters' | 'features' | 'movements'>,
  baseUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<Record<string, string>> {
  const keep = { lowZoom: SINGLE_FILE_LOW_ZOOM, regions: briefingRegions(scenario) };
  const out: Record<string, string> = {};
  for (const file of SINGLE_FILE_ARCHIVES) {
    const url = new URL(`basemap/${file}`, baseUrl).href;
    const response = await fetcher(url);
    if (!response.ok) throw new Error(`basemap/${file} is not served here (HTTP ${response.status})`);
    out[file] = toBase64(extractPmtiles(new Uint8Array(await response.arrayBuffer()), keep));
  }
  return out;
}
