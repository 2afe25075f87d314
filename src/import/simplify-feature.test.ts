import { describe, expect, it } from 'vitest';
import { text } from '../../tests/support/import-helpers';
import { formatLoadError } from '../scenario/load-error';
import { importFiles } from './import-files';
import { formatNote } from './report-text';

const T0 = Date.parse('2023-11-10T06:00:00Z');

/** A GPS log of `n` fixes a second apart, wandering north-east. */
function longGpx(n: number): string {
  const points = Array.from({ length: n }, (_, i) => {
    const lat = 18 + i * 1e-5 + Math.sin(i / 40) * 2e-4;
    const lon = 1 + i * 1e-5;
    return `<trkpt lat="${lat.toFixed(6)}" lon="${lon.toFixed(6)}"><time>${new Date(T0 + i * 1000).toISOString()}</time></trkpt>`;
  });
  return `<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Long</name><trkseg>${points.join('\n')}</trkseg></trk></gpx>`;
}

describe('lines over the vertex limit', () => {
  it('simplifies a long track to fit, keeping its ends and times in order, and notes the real counts', async () => {
    const r = await importFiles([text('long.gpx', longGpx(2000))], { limits: { verticesPerGeometry: 500 } });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const m = r.scenario.movements[0]!;
    const n = m.track.times.length;
    expect(n).toBeLessThanOrEqual(500);
    expect(n).toBeGreaterThan(250);
    expect(m.track.times[0]).toBe(T0);
    expect(m.track.times[n - 1]).toBe(T0 + 1999_000);
    for (let i = 1; i < n; i++) expect(m.track.times[i]).toBeGreaterThan(m.track.times[i - 1]!);
    expect(r.report.rejected).toEqual([]);
    const note = r.report.notes.find((x) => x.key === 'noteSimplified')!;
    expect(formatNote(note, 'en')).toMatch(
      new RegExp(
        `^long\\.gpx › long-long: 2000 points simplified to ${n} to fit the limit of 500 per line \\(Douglas–Peucker keeping the points in time order, within [\\d.]+ m of the original at every moment\\)$`,
      ),
    );
    // The exported scenario holds the simplified track, so it opens again as it is.
    expect(JSON.parse(r.files['long.geojson']!).features[0].properties.coordTimes).toHaveLength(n);
  });

  it('refuses other geometries over the limit with their real vertex count', async () => {
    const ring = Array.from({ length: 600 }, (_, i) => [
      1 + Math.cos(i / 95) * 0.1,
      18 + Math.sin(i / 95) * 0.1,
    ]);
    ring.push(ring[0]!);
    const doc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { name: 'Big' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 18] }, properties: { name: 'Small' } },
      ],
    };
    const r = await importFiles([text('areas.geojson', JSON.stringify(doc))], {
      limits: { verticesPerGeometry: 500 },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.report.rejected.map((e) => formatLoadError(e))).toEqual([
      'areas.geojson › feature #0 › geometry: at most 500 vertices in one geometry (simplify it first) (got 601 vertices)',
    ]);
    expect(formatLoadError(r.report.rejected[0]!, 'fr')).toBe(
      'areas.geojson › élément #0 › geometry : 500 sommets au plus par géométrie (simplifiez-la d’abord) (reçu 601 sommets)',
    );
  });
});
