import { describe, expect, it } from 'vitest';
import { memorySink, pumpStream, type ByteChunk } from './byte-sink';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('memorySink', () => {
  it('honours positions: grows past its first buffer and patches earlier bytes, as an MP4 header patch does', async () => {
    const sink = memorySink();
    const body = new Uint8Array(70_000).fill(7);
    await sink.write({ data: bytes(0, 0, 0, 0), position: 0 });
    await sink.write({ data: body, position: 4 });
    // The size written last into the header, at the start.
    await sink.write({ data: bytes(1, 2, 3, 4), position: 0 });
    await sink.close();
    const out = new Uint8Array(await sink.blob('video/mp4').arrayBuffer());
    expect(out.byteLength).toBe(70_004);
    expect([...out.subarray(0, 6)]).toEqual([1, 2, 3, 4, 7, 7]);
    expect(out.at(-1)).toBe(7);
  });

  it('holds nothing after an abort', async () => {
    const sink = memorySink();
    await sink.write({ data: bytes(1, 2, 3), position: 0 });
    await sink.abort();
    expect((await sink.blob('application/zip').arrayBuffer()).byteLength).toBe(0);
  });
});

describe('pumpStream', () => {
  it('writes a stream in order at increasing positions and returns its length', async () => {
    const written: ByteChunk[] = [];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes(1, 2));
        controller.enqueue(bytes(3, 4, 5));
        controller.close();
      },
    });
    const length = await pumpStream(stream, {
      write: async (c) => void written.push(c),
      close: async () => {},
      abort: async () => {},
    });
    expect(length).toBe(5);
    expect(written.map((c) => [c.position, [...c.data]])).toEqual([
      [0, [1, 2]],
      [2, [3, 4, 5]],
    ]);
  });

  it('cancels the stream when the sink fails', async () => {
    let cancelled: unknown;
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(bytes(1)),
      cancel: (reason) => void (cancelled = reason),
    });
    const failure = new Error('disk full');
    await expect(
      pumpStream(stream, {
        write: async () => {
          throw failure;
        },
        close: async () => {},
        abort: async () => {},
      }),
    ).rejects.toThrow('disk full');
    expect(cancelled).toBe(failure);
  });
});
