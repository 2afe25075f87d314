import { kml as kmlToGeoJson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync, strFromU8 } from 'fflate';
import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../import/formats/csv';
import { kidal, reimport } from '../../tests/support/round-trip';
import { csvCell, exportCsv } from './csv';
import { exportData } from './export-data';
import { exportGeoJson } from './geojson';
import { exportKml } from './kml';

const scenario = kidal();
const parse = (s: string) => new DOMParser().parseFromString(s, 'text/xml') as unknown as Document;

/** Twice the signed area (lon/lat): positive counterclockwise. */
const area = (ring: Position[]) => {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return a;
};

function positions(g: Geometry): Position[] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(positions);
  return (g.coordinates as unknown[]).flat(3).reduce<Position[]>((out, v, i, all) => {
    if (i % 2 === 0) out.push([v as number, all[i + 1] as number]);
    return out;
  }, []);
}

describe('KML for Google Earth', () => {
  const out = exportKml(scenario);
  const fc = kmlToGeoJson(parse(out.data as string));

  it('has every movement as a track with a time per vertex, as togeojson reads it', () => {
    for (const m of scenario.movements) {
      const f = fc.features.find((x) => x.id === m.id)!;
      expect(f.geometry?.type).toBe('LineString');
      const times = (f.properties as { coordinateProperties: { times: string[] } }).coordinateProperties
        .times;
      expect(times.map(Date.parse)).toEqual(Array.from(m.track.times));
    }
  });

  it('times events, styles sides in their colours, and writes certainty and sources in descriptions', () => {
    const event = scenario.features.find((f) => f.kind === 'event')!;
    const f = fc.features.find((x) => x.id === event.id)!;
    const p = f.properties as { timestamp?: string; timespan?: { begin: string } };
    expect(Date.parse(p.timestamp ?? p.timespan!.begin)).toBe(event.appears);
    const desc = String(f.properties?.description);
    expect(desc).toContain(`Certainty: ${event.props.certainty}`);
    expect(desc).toContain('Sources: ');
    const side = scenario.sides[0]!;
    const bgr = `${side.color.slice(5, 7)}${side.color.slice(3, 5)}${side.color.slice(1, 3)}`.toLowerCase();
    expect(out.data).toContain(`<Style id="side-${side.id}"><IconStyle><color>ff${bgr}</color>`);
  });

  it('gives an event known to a window its TimeSpan', () => {
    const e = scenario.features.find((f) => f.kind === 'event')!;
    const windowed = { ...e, windowed: true, until: e.appears + 3_600_000 };
    const one = kmlToGeoJson(parse(exportKml({ ...scenario, features: [windowed] }).data as string));
    const span = (one.features[0]!.properties as { timespan: { begin: string; end: string } }).timespan;
    expect([Date.parse(span.begin), Date.parse(span.end)]).toEqual([windowed.appears, windowed.until]);
  });

  it('draws spatial uncertainty as polygons', () => {
    const uncertain = fc.features.filter((f) => String(f.id).endsWith('-uncertainty'));
    expect(uncertain.length).toBeGreaterThan(0);
    const types = (g: Geometry): string[] =>
      g.type === 'GeometryCollection' ? g.geometries.flatMap(types) : [g.type];
    expect(new Set(uncertain.flatMap((f) => types(f.geometry!)))).toEqual(new Set(['Polygon']));
  });

  it('escapes data text as XML text', async () => {
    const tricky = structuredClone(scenario.features[0]!);
    const s = { ...scenario, features: [{ ...tricky, props: { ...tricky.props, label: '<b>A & B</b>' } }] };
    const text = exportKml(s).data as string;
    expect(text).toContain('&lt;b&gt;A &amp; B&lt;/b&gt;');
    expect(() => parse(text)).not.toThrow();
  });
});

describe('KMZ', () => {
  it('zips doc.kml first with notes.txt, and icons when a symbol drawer is given', async () => {
    const png = new Uint8Array([137, 80, 78, 71]);
    const out = await exportData(scenario, 'kmz', { symbolPng: async () => png });
    const files = unzipSync(out.data as Uint8Array);
    expect(Object.keys(files)[0]).toBe('doc.kml');
    const icons = Object.keys(files).filter((k) => k.startsWith('icons/'));
    expect(icons.length).toBeGreaterThan(0);
    const doc = strFromU8(files['doc.kml']!);
    expect(doc).toContain(`<href>${icons[0]}</href>`);
    expect(strFromU8(files['notes.txt']!)).toContain('certainty (confirmed, reported, claimed, estimated)');
    const plain = await exportData(scenario, 'kmz');
    const notes = strFromU8(unzipSync(plain.data as Uint8Array)['notes.txt']!);
    expect(notes).toContain('unit symbols not included as icons');
  });
});

describe('GeoJSON (RFC 7946)', () => {
  const out = exportGeoJson(scenario);
  const fc = JSON.parse(out.data as string) as { type: string; features: Feature[] };

  it('writes lon/lat positions and right-hand rings', () => {
    expect(fc.type).toBe('FeatureCollection');
    for (const f of fc.features) {
      for (const [lon, lat] of positions(f.geometry)) {
        expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
        expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
      }
      const g = f.geometry;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const rings of polys)
        rings.forEach((ring, i) => {
          expect(ring[0]).toEqual(ring.at(-1));
          expect(area(ring) > 0).toBe(i === 0);
        });
    }
    // Kidal is at about 1.4°E 18.4°N: longitude first.
    const kidalTown = fc.features.find((f) => f.geometry.type === 'Point')!;
    expect((kidalTown.geometry as { coordinates: number[] }).coordinates[1]).toBeGreaterThan(10);
    expect(fc.features.some((f) => /Polygon/.test(f.geometry.type))).toBe(true);
  });

  it('gives every timed feature its times, movements a time per vertex', () => {
    for (const f of scenario.features) {
      const g = fc.features.find((x) => x.properties?.id === f.id)!;
      const p = g.properties as Record<string, unknown>;
      if (f.kind === 'movement') expect((p.coordTimes as string[]).length).toBe(positions(g.geometry).length);
      else if (Number.isFinite(f.appears)) expect(p.time ?? p.start).toBeDefined();
    }
  });

  it('turns clockwise exterior rings around', () => {
    const cw: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
      ],
    };
    const f = { ...scenario.features[0]!, geometry: cw, kind: 'context' as const, appears: -Infinity };
    const text = exportGeoJson({ ...scenario, features: [f] }).data as string;
    const ring = (JSON.parse(text).features[0].geometry.coordinates as Position[][])[0]!;
    expect(area(ring)).toBeGreaterThan(0);
  });
});

describe('CSV of dated facts', () => {
  it('quotes as RFC 4180 says and keeps formulas from running', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1 claim')).toBe("'+1 claim");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('-57.8')).toBe('-57.8');
  });

  it('has a row per event and per movement start and end, in time order, that parses back', () => {
    const out = exportCsv(scenario);
    const parsed = parseCsv(out.data as string);
    if (!parsed.ok) throw new Error('unparsable');
    expect(parsed.header).toEqual([
      'time',
      'end',
      'kind',
      'label',
      'side',
      'certainty',
      'claimed_by',
      'place',
      'lon',
      'lat',
      'uncertainty_km',
      'sources',
    ]);
    const kinds = parsed.records.map((r) => r.fields[2]);
    const events = scenario.features.filter((f) => ['event', 'strike', 'clash'].includes(f.kind));
    expect(kinds.filter((k) => k === 'movement start').length).toBe(scenario.movements.length);
    expect(kinds.filter((k) => k === 'movement end').length).toBe(scenario.movements.length);
    expect(kinds.filter((k) => ['event', 'strike', 'clash'].includes(k!)).length).toBe(events.length);
    const times = parsed.records.map((r) => Date.parse(r.fields[0]!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect((out.data as string).includes('\r\n')).toBe(true);
    expect(parsed.records.every((r) => r.fields[11] !== '')).toBe(true);
  });
});

describe('KMZ round trip', () => {
  it('reads back into the same movements', async () => {
    const out = await exportData(scenario, 'kmz');
    const back = await reimport('kidal.kmz', out.data);
    expect(back.movements.map((m) => Array.from(m.track.times))).toEqual(
      scenario.movements.map((m) => Array.from(m.track.times)),
    );
  });
});
