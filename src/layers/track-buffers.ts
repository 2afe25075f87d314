import { Buffer, type Device } from '@luma.gl/core';
import type { TrackQuads } from '../cartography/track-quads';

/**
 * Bytes a frame writes while a scenario's tracks go up to the GPU. A 10,000-movement scenario is about 66 MB of
 * vertices; written in one frame, software WebGL (SwiftShader: the tests, and briefing-room machines without a
 * GPU driver) copies all of it before that frame is shown and the page stalls for it. A few MB a frame keeps
 * each frame short, and the tracks appear once they are all up.
 */
export const UPLOAD_BYTES_PER_FRAME = 8 * 2 ** 20;

/** The attribute arrays of `TrackQuads`, as the ribbon shader reads them, with their bytes per vertex. */
export const TRACK_ATTRIBUTES = [
  { name: 'ends', format: 'float32x4', bytes: 16 },
  { name: 'times', format: 'float32x3', bytes: 12 },
  { name: 'colors', format: 'unorm8x4', bytes: 4 },
  { name: 'styles', format: 'unorm8x4', bytes: 4 },
] as const;

/** Four vertices a quad. */
const BYTES_PER_QUAD = 4 * TRACK_ATTRIBUTES.reduce((sum, a) => sum + a.bytes, 0);

type AttributeName = (typeof TRACK_ATTRIBUTES)[number]['name'];

/** A scenario's track vertices on the GPU, filled a slice of quads at a time. */
export interface TrackBuffers {
  buffers: Record<AttributeName, Buffer>;
  /** Quads written so far, from the first: the tracks are drawn once this reaches `quads`. */
  written: number;
  quads: number;
}

/** Allocates the buffers for `geometry` (nothing written yet). */
export function createTrackBuffers(device: Device, geometry: TrackQuads): TrackBuffers {
  const vertices = Math.max(1, geometry.quads * 4);
  const buffers = Object.fromEntries(
    TRACK_ATTRIBUTES.map(({ name, bytes }) => [
      name,
      device.createBuffer({ usage: Buffer.VERTEX | Buffer.COPY_DST, byteLength: vertices * bytes }),
    ]),
  ) as Record<AttributeName, Buffer>;
  return { buffers, written: 0, quads: geometry.quads };
}

/** How many quads one frame writes. */
export function quadsPerFrame(bytes = UPLOAD_BYTES_PER_FRAME): number {
  return Math.max(1, Math.floor(bytes / BYTES_PER_QUAD));
}

/**
 * Writes the next `count` quads of `geometry` (from where the last call stopped) and says whether all are
 * written. The arrays are laid out quad after quad, so a slice of quads is a slice of each array.
 */
export function writeTrackQuads(target: TrackBuffers, geometry: TrackQuads, count: number): boolean {
  const from = target.written;
  const to = Math.min(target.quads, from + count);
  if (to > from) {
    const arrays: Record<AttributeName, Float32Array | Uint8Array> = {
      ends: geometry.ends,
      times: geometry.times,
      colors: geometry.colors,
      styles: geometry.styles,
    };
    for (const { name } of TRACK_ATTRIBUTES) {
      const array = arrays[name];
      const perQuad = array.length / geometry.quads;
      const slice = array.subarray(from * perQuad, to * perQuad);
      target.buffers[name].write(slice, from * perQuad * array.BYTES_PER_ELEMENT);
    }
    target.written = to;
  }
  return target.written >= target.quads;
}

export function destroyTrackBuffers(target: TrackBuffers | undefined): void {
  if (target) for (const buffer of Object.values(target.buffers)) buffer.destroy();
}
