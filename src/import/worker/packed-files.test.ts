import { describe, expect, it } from 'vitest';
import { lazyFiles, packedSource, packFiles } from './packed-files';

describe('packFiles / lazyFiles', () => {
  it('gives the texts back, and the bytes they read from for storing as they are', () => {
    const files = { 'scenario.json': '{"id":"é"}', 'a.geojson': '{"type":"FeatureCollection"}' };
    const packed = packFiles(files);
    const lazy = lazyFiles(packed);
    expect({ ...lazy }).toEqual(files);
    expect(packedSource(lazy)).toBe(packed);
    // Stored and read back (a structured clone, as IndexedDB makes): the same texts.
    expect({ ...lazyFiles(structuredClone(packed)) }).toEqual(files);
    expect(packedSource(files)).toBeUndefined();
    expect(packedSource({ ...lazy })).toBeUndefined();
  });
});
