// Test helpers: the Kidal 2023 scenario and the regional road layer read straight from disk, so the data
// tests do not depend on the loader or the engine.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import distance from '@turf/distance';
import along from '@turf/along';
import { lineString } from '@turf/helpers';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import type { FeatureProperties, Manifest } from '../../src/model/schema';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCENARIO_DIR = join(ROOT, 'geodata', 'kidal-2023');
export const REGIONAL_PATH = join(ROOT, 'geodata', 'basemap', 'regional.geojson');

export type LonLat = [number, number];

/** Feature properties as written in the files (the schema's type plus the build script's extras). */
export type KidalProps = FeatureProperties & {
  id: string;
  label: { en: string; fr: string };
  note: { en: string; fr: string };
  followsRoads?: string[];
  offRoadVertices?: number[];
};
export type KidalFeature = Feature<Geometry, KidalProps> & { file: string };

export interface RoadProps {
  id: string;
  kind: 'road' | 'track' | 'massif';
  name: { en: string; fr: string };
  source: string;
  accuracyKm: number;
  accuracy: string;
}

/** Every `.json`/`.geojson` file of the scenario folder as text, as the loader takes them. */
export function readScenarioFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(SCENARIO_DIR)) {
    if (/\.(geo)?json$/.test(name)) out[name] = readFileSync(join(SCENARIO_DIR, name), 'utf8');
  }
  return out;
}

export const files = readScenarioFiles();
export const manifestRaw: unknown = JSON.parse(files['scenario.json'] ?? 'null');
export const manifest = manifestRaw as Manifest;

export const features: KidalFeature[] = manifest.files.flatMap((file) => {
  const fc = JSON.parse(files[file] ?? 'null') as FeatureCollection<Geometry, KidalProps>;
  return fc.features.map((f) => ({ ...f, file }));
});

export const byId = new Map(features.map((f) => [f.properties.id, f]));

export function feature(id: string): KidalFeature {
  const f = byId.get(id);
  if (!f) throw new Error(`feature ${id} is missing from the Kidal scenario`);
  return f;
}

export const regional = JSON.parse(readFileSync(REGIONAL_PATH, 'utf8')) as FeatureCollection<
  Geometry,
  RoadProps
>;

export function road(id: string): Feature<LineString, RoadProps> {
  const f = regional.features.find((r) => r.properties.id === id);
  if (!f || f.geometry.type !== 'LineString') throw new Error(`road ${id} missing from regional.geojson`);
  return f as Feature<LineString, RoadProps>;
}

export const km = (a: LonLat, b: LonLat) => distance(a, b, { units: 'kilometers' });

export function pointCoords(f: KidalFeature): LonLat {
  if (f.geometry.type !== 'Point') throw new Error(`${f.properties.id} is not a Point`);
  return f.geometry.coordinates as LonLat;
}

export function lineCoords(f: KidalFeature): LonLat[] {
  if (f.geometry.type !== 'LineString') throw new Error(`${f.properties.id} is not a LineString`);
  return f.geometry.coordinates as LonLat[];
}

/** Where a movement's head is at `t` (constant speed between vertices), or null before it starts. */
export function headAt(f: KidalFeature, t: number): LonLat | null {
  const coords = lineCoords(f);
  const times = (f.properties.coordTimes ?? []).map((s) => Date.parse(s));
  if (!times.length || t < (times[0] as number)) return null;
  let i = 0;
  while (i < times.length - 1 && (times[i + 1] as number) <= t) i++;
  if (i === times.length - 1) return coords[i] as LonLat;
  const a = coords[i] as LonLat;
  const b = coords[i + 1] as LonLat;
  const f01 = (t - (times[i] as number)) / ((times[i + 1] as number) - (times[i] as number));
  const seg = km(a, b);
  if (seg === 0) return a;
  return along(lineString([a, b]), f01 * seg, { units: 'kilometers' }).geometry.coordinates as LonLat;
}

/** Shortest distance in km from `p` to the polyline (local equirectangular projection; exact enough < 1 km). */
export function distanceToLineKm(p: LonLat, line: readonly LonLat[]): number {
  const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
  const ky = 110.574;
  let best = Infinity;
  for (let i = 0; i < line.length - 1; i++) {
    const a = line[i] as LonLat;
    const b = line[i + 1] as LonLat;
    const ax = (a[0] - p[0]) * kx;
    const ay = (a[1] - p[1]) * ky;
    const bx = (b[0] - p[0]) * kx;
    const by = (b[1] - p[1]) * ky;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const u = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    best = Math.min(best, Math.hypot(ax + u * dx, ay + u * dy));
  }
  return best;
}

/** Whether a feature is shown at `t`: timeless places always; others once begun (and inside their window). */
export function visibleAt(f: KidalFeature, iso: string): boolean {
  const t = Date.parse(iso);
  const p = f.properties;
  if (p.kind === 'movement') {
    const first = p.coordTimes?.[0];
    return first !== undefined && Date.parse(first) <= t;
  }
  if (p.time) return Date.parse(p.time) <= t;
  if (p.start && p.end) return Date.parse(p.start) <= t && t <= Date.parse(p.end);
  return p.kind === 'place' || p.kind === 'area';
}

/** The side holding a place at `t` from its `control` list. */
export function controllerAt(f: KidalFeature, iso: string): string | undefined {
  const t = Date.parse(iso);
  let side: string | undefined;
  for (const c of [...(f.properties.control ?? [])].sort((a, b) => Date.parse(a.time) - Date.parse(b.time))) {
    if (Date.parse(c.time) <= t) side = c.side;
  }
  return side;
}

/** All text a feature shows (label, note, disagreement, claims, casualties), for wording checks. */
export function allText(f: KidalFeature): string {
  const p = f.properties;
  const loc = (x: unknown) =>
    typeof x === 'string' ? x : Object.values((x ?? {}) as Record<string, string>).join(' ');
  return [
    loc(p.label),
    loc(p.note),
    loc(p.disagreement),
    ...(p.claims ?? []).map((c) => loc(c.text)),
    ...(p.casualties ?? []).map((c) => loc(c.according)),
  ].join(' ');
}
