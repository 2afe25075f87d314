import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import along from '@turf/along';
import length from '@turf/length';
import { lineString } from '@turf/helpers';
import { buildTrack, lastVertexAtOrBefore, positionAt, trailAt } from './track';
import type { LonLat } from '../model/geo';

const H = 3_600_000;
const coords: LonLat[] = [
  [0.6031, 18.0439],
  [0.9, 18.2],
  [1.2, 18.35],
  [1.4078, 18.4411],
];
const t0 = Date.parse('2023-11-10T00:00:00Z');
const times = [t0, t0 + 24 * H, t0 + 24 * H, t0 + 96 * H];

describe('lastVertexAtOrBefore', () => {
  it('finds the last vertex at or before t, taking the later of equal times', () => {
    const ts = Float64Array.from([0, 10, 10, 20]);
    expect(lastVertexAtOrBefore(ts, -1)).toBe(-1);
    expect(lastVertexAtOrBefore(ts, 0)).toBe(0);
    expect(lastVertexAtOrBefore(ts, 9.99)).toBe(0);
    expect(lastVertexAtOrBefore(ts, 10)).toBe(2);
    expect(lastVertexAtOrBefore(ts, 25)).toBe(3);
  });
});

describe('positionAt', () => {
  const track = buildTrack(coords, times);

  it('has no head before the first vertex time', () => {
    expect(positionAt(track, t0 - 1)).toBeNull();
  });

  it('sits on the first vertex at the start', () => {
    expect(positionAt(track, t0)?.position).toEqual(coords[0]);
  });

  it('moves at constant speed within a segment and agrees with turf.along', () => {
    const pos = positionAt(track, t0 + 12 * H)!;
    expect(pos.index).toBe(0);
    expect(pos.km).toBeCloseTo((track.cumKm[1] as number) / 2, 9);
    const expected = along(lineString(coords), pos.km, { units: 'kilometers' }).geometry.coordinates;
    expect(pos.position[0]).toBeCloseTo(expected[0]!, 9);
    expect(pos.position[1]).toBeCloseTo(expected[1]!, 9);
  });

  it('jumps across a segment whose two ends share a time', () => {
    expect(positionAt(track, t0 + 24 * H)).toMatchObject({ index: 2, position: coords[2] });
  });

  it('stays at the last vertex after the end', () => {
    const pos = positionAt(track, t0 + 1000 * H)!;
    expect(pos).toMatchObject({ index: 3, position: coords[3] });
    expect(pos.km).toBeCloseTo(length(lineString(coords), { units: 'kilometers' }), 9);
  });

  it('builds the trail as the vertices behind the head plus the head', () => {
    const pos = positionAt(track, t0 + 48 * H)!;
    const trail = trailAt(track, pos.index, pos.position);
    expect(trail.slice(0, 3)).toEqual(coords.slice(0, 3));
    expect(trail[3]).toEqual(pos.position);
    expect(trailAt(track, 0, coords[0]!)).toEqual([coords[0]]);
  });

  it('rejects mismatched times', () => {
    expect(() => buildTrack(coords, [t0])).toThrow(/4 vertices but 1 times/);
  });
});

const trackArb = fc
  .array(
    fc.tuple(
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.double({ min: 10, max: 25, noNaN: true }),
      fc.integer({ min: 0, max: 48 * 3600 }),
    ),
    { minLength: 2, maxLength: 12 },
  )
  .map((steps) => {
    let t = t0;
    const cs: LonLat[] = [];
    const ts: number[] = [];
    for (const [lon, lat, dt] of steps) {
      t += dt * 1000;
      cs.push([lon, lat]);
      ts.push(t);
    }
    return buildTrack(cs, ts);
  });

describe('positionAt properties', () => {
  it('progress along a movement never decreases as t grows', () => {
    fc.assert(
      fc.property(
        trackArb,
        fc.array(fc.double({ min: -0.1, max: 1.1, noNaN: true }), { minLength: 2 }),
        (track, us) => {
          const first = track.times[0] as number;
          const span = (track.times[track.times.length - 1] as number) - first;
          const ts = us.map((u) => first + u * span).sort((a, b) => a - b);
          let last = -Infinity;
          for (const t of ts) {
            const pos = positionAt(track, t);
            const km = pos ? pos.km : -Infinity;
            expect(km).toBeGreaterThanOrEqual(last - 1e-9);
            expect(km).toBeLessThanOrEqual(track.totalKm + 1e-9);
            last = km;
          }
        },
      ),
    );
  });

  it('the head agrees with turf.along at its distance', () => {
    fc.assert(
      fc.property(trackArb, fc.double({ min: 0, max: 1, noNaN: true }), (track, u) => {
        const first = track.times[0] as number;
        const t = first + u * ((track.times[track.times.length - 1] as number) - first);
        const pos = positionAt(track, t)!;
        const expected = along(lineString(track.coords as LonLat[]), pos.km, { units: 'kilometers' }).geometry
          .coordinates;
        expect(Math.abs(pos.position[0] - expected[0]!)).toBeLessThan(1e-7);
        expect(Math.abs(pos.position[1] - expected[1]!)).toBeLessThan(1e-7);
      }),
    );
  });
});
