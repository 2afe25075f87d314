import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOREIGN_DIR, readInput } from '../../../tests/support/import-helpers';
import { buildTrackQuads, GPU_TRACKS_FROM, trackQuads } from '../../cartography/track-quads';
import { importFiles } from '../import-files';
import { FEATURES_PER_CHUNK, packResult, unpackResult } from './result-transfer';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('packResult / unpackResult', () => {
  it('moves the result through structured clones in pieces and puts it back as it was', async () => {
    const names = ['context.geojson', 'orbat-mapper.json', 'togeojson-0x.geojson', 'gps-glitches.gpx'];
    const original = await importFiles(names.map((n) => readInput(join(FOREIGN_DIR, n))));
    if (!original.ok) throw new Error(JSON.stringify(original.errors));
    const { result, chunks, transfer } = packResult(structuredClone(original));
    expect(transfer).toHaveLength(3);
    expect(chunks.flat()).toHaveLength(original.scenario.features.length);
    const sentChunks = chunks.map((c) => structuredClone(c));
    const sent = structuredClone(result, { transfer });
    // What crosses with the result holds no feature, no coordinate array and no text.
    expect(JSON.stringify(sent)).not.toMatch(/"coordinates":\[\[|FeatureCollection/);
    const back = await unpackResult(sent, sentChunks, 0);
    expect(back).toEqual(original);
    // Lists share their features, as the loader made them.
    if (back.ok)
      expect(back.scenario.movements[0]).toBe(back.scenario.features.find((f) => f.kind === 'movement'));
  });

  it('sends many features in several chunks', async () => {
    const features = Array.from({ length: FEATURES_PER_CHUNK * 2 + 1 }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [1 + i * 1e-4, 18] },
      properties: { name: `P${i}` },
    }));
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
    const original = await importFiles([{ name: 'many.geojson', bytes }]);
    const { result, chunks, transfer } = packResult(structuredClone(original));
    expect(chunks.map((c) => c.length)).toEqual([FEATURES_PER_CHUNK, FEATURES_PER_CHUNK, 1]);
    expect(await unpackResult(structuredClone(result, { transfer }), chunks)).toEqual(original);
  });

  it('sends a large scenario’s track vertices built, for the page to upload as they are', async () => {
    const features = Array.from({ length: GPU_TRACKS_FROM + 1 }, (_, i) => ({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [1 + i * 1e-3, 18],
          [1.1 + i * 1e-3, 18.1],
          [1.2, 18.3],
        ],
      },
      properties: {
        name: `Column ${i}`,
        coordTimes: ['2023-11-10T00:00:00Z', '2023-11-10T06:00:00Z', '2023-11-11T00:00:00Z'],
      },
    }));
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
    const original = await importFiles([{ name: 'columns.geojson', bytes }]);
    if (!original.ok) throw new Error(JSON.stringify(original.errors));
    expect(original.scenario.movements).toHaveLength(GPU_TRACKS_FROM + 1);
    const { result, chunks, transfer } = packResult(structuredClone(original));
    // Positions, counts, texts, and the six arrays of the quads.
    expect(transfer).toHaveLength(3 + 6);
    const back = await unpackResult(structuredClone(result, { transfer }), structuredClone(chunks));
    expect(back).toEqual(original);
    if (!back.ok) return;
    // The page's quads are the ones that came over (the same object each time), equal to a build of its own.
    const adopted = trackQuads(back.scenario);
    expect(trackQuads(back.scenario)).toBe(adopted);
    expect(adopted).toEqual(buildTrackQuads(back.scenario));
  });

  it('yields to the page between slices of unpacking: under a virtual clock, no beat of the page is missed', async () => {
    const features = Array.from({ length: 500 }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [1 + i * 1e-4, 18] },
      properties: { name: `P${i}` },
    }));
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
    const original = await importFiles([{ name: 'many.geojson', bytes }]);
    const { result, chunks, transfer } = packResult(structuredClone(original));
    const sent = structuredClone(result, { transfer });
    // Each reading of the clock is one virtual millisecond of work; the page beats in tasks of its own
    // (a timer chain), as its frames would. A slice of 8 ms then lets a beat through every 8 readings.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => ++clock);
    const beats: number[] = [];
    let unpacking = true;
    const beat = () => {
      beats.push(clock);
      if (unpacking) setTimeout(beat, 0);
    };
    setTimeout(beat, 0);
    const back = await unpackResult(sent, chunks, 8);
    unpacking = false;
    expect(back).toEqual(original);
    // Expected: one beat per slice of at most 8 readings (and a reading or two of the beat's own) over the
    // whole unpacking; none missed, so no gap between beats is longer than a slice.
    const gaps = beats.slice(1).map((b, i) => b - beats[i]!);
    expect(beats.length).toBeGreaterThanOrEqual(Math.floor(clock / 10));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(10);
  });

  it('leaves a failed import alone', async () => {
    const failed = await importFiles([]);
    expect(packResult(failed)).toEqual({ result: failed, chunks: [], transfer: [] });
    expect(await unpackResult(failed, [])).toBe(failed);
  });
});
