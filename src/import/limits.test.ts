import { describe, expect, it } from 'vitest';
import { checkInputSizes, countVertices, DEFAULT_LIMITS, resolveLimits } from './limits';

describe('countVertices', () => {
  it('counts positions in any geometry', () => {
    expect(countVertices({ type: 'Point', coordinates: [1, 2] })).toBe(1);
    expect(
      countVertices({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
          [
            [
              [5, 5],
              [6, 5],
              [5, 5],
            ],
          ],
        ],
      }),
    ).toBe(7);
    expect(
      countVertices({
        type: 'GeometryCollection',
        geometries: [
          {
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
          null,
        ],
      }),
    ).toBe(2);
    expect(countVertices(null)).toBe(0);
  });

  it('survives nesting far deeper than the stack', () => {
    let deep: unknown = [0, 0];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(countVertices({ coordinates: deep })).toBe(1);
  });

  it('counts every position, so a refusal can give the real number', () => {
    const line = { coordinates: Array.from({ length: 200_000 }, () => [0, 0]) };
    expect(countVertices(line)).toBe(200_000);
  });
});

describe('checkInputSizes', () => {
  it('names the file, its size and the limit', () => {
    const limits = resolveLimits({ fileBytes: 10, totalBytes: 15 });
    const errors = checkInputSizes(
      [
        { name: 'a.geojson', bytes: new Uint8Array(12) },
        { name: 'b.geojson', bytes: new Uint8Array(5) },
      ],
      limits,
    );
    expect(errors).toEqual([
      {
        file: 'a.geojson',
        field: '',
        value: '12 bytes',
        message: 'a file of at most 10 bytes (the per-file size limit)',
        fr: { message: 'un fichier de 10 octets au plus (la limite par fichier)', value: '12 octets' },
      },
      {
        file: 'a.geojson, b.geojson',
        field: '',
        value: '17 bytes',
        message: 'at most 15 bytes in all (the total size limit)',
        fr: { message: '15 octets au plus en tout (la limite totale)', value: '17 octets' },
      },
    ]);
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_LIMITS).toMatchObject({
      fileBytes: 50e6,
      totalBytes: 200e6,
      features: 100_000,
      verticesPerGeometry: 100_000,
      vertices: 2_000_000,
    });
  });
});
