import type { Scenario } from '../model/scenario';
import { viewportOf } from '../map/viewport';
import { extendBBox, type BBox } from '../import/view-fit';
import { extractPmtiles } from './pmtiles-extract.mjs';
import { SINGLE_FILE_ARCHIVES, SINGLE_FILE_LOW_ZOOM, toBase64 } from './basemap-block';

// Loaded on demand by "Save briefing as one file…" in the served app: the built-in Earth's archives cut to
// what this briefing shows (the world's low zooms, its region deeper), with the same code the build cuts the
// default scenario's with. Each archive is read whole from the app's own origin (four requests, not
// thousands of tile ranges), then cut in memory.

/** The share of a region's width and height added on each side, for panning round a chapter's view. */
const MARGIN = 0.25;

const clamp = ([w, s, e, n]: BBox): BBox => [
  Math.max(-180, w),
  Math.max(-85.0511, s),
  Math.min(180, e),
  Math.min(85.0511, n),
];

/**
 * Where a briefing needs the basemap's detail: what its opening view and each chapter's camera show on a
 * 1920×1080 screen, and the box round all its features, each grown by a quarter on every side.
 */
export function briefingRegions(
  scenario: Pick<Scenario, 'defaultView' | 'chapters' | 'features' | 'movements'>,
): BBox[] {
  const boxes: BBox[] = [];
  for (const camera of [scenario.defaultView, ...scenario.chapters.map((c) => c.camera)]) {
    const [[w, s], [e, n]] = viewportOf(camera, { width: 1920, height: 1080 }).bounds();
    boxes.push([w, s, e, n]);
  }
  let features: BBox | undefined;
  for (const f of [...scenario.features, ...scenario.movements]) features = extendBBox(features, f.geometry);
  if (features) boxes.push(features);
  const out: BBox[] = [];
  for (const [w, s, e, n] of boxes) {
    const dx = Math.max(0.05, (e - w) * MARGIN);
    const dy = Math.max(0.05, (n - s) * MARGIN);
    const box = clamp([w - dx, s - dy, e + dx, n + dy]);
    if (!out.some((b) => b.every((v, i) => v === box[i]))) out.push(box);
  }
  return out;
}

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
