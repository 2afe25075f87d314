/** A positioned byte chunk: MP4 writers go back to patch headers, so writes are not always sequential. */
export interface ByteChunk {
  data: Uint8Array;
  position: number;
}

/** Where an export's bytes go: a file on disk, memory, or a script's callback (the CLI). */
export interface ByteSink {
  write(chunk: ByteChunk): Promise<void>;
  close(): Promise<void>;
  /** Drops what was written: a cancelled or failed export leaves nothing named as complete. */
  abort(reason?: unknown): Promise<void>;
}

/** A file chosen with the File System Access API; its writable stream only replaces the file on close. */
export async function fileSink(handle: FileSystemFileHandle): Promise<ByteSink> {
  const writable = await handle.createWritable();
  return {
    write: ({ data, position }) =>
      writable.write({ type: 'write', position, data: data as Uint8Array<ArrayBuffer> }),
    close: () => writable.close(),
    abort: (reason) => writable.abort(reason),
  };
}

/** Collects the bytes into one Blob (for downloads without File System Access, and for tests). */
export function memorySink(): ByteSink & { blob(type: string): Blob } {
  let buffer = new Uint8Array(1 << 16);
  let length = 0;
  return {
    async write({ data, position }) {
      const end = position + data.byteLength;
      if (end > buffer.byteLength) {
        const grown = new Uint8Array(Math.max(end, buffer.byteLength * 2));
        grown.set(buffer.subarray(0, length));
        buffer = grown;
      }
      buffer.set(data, position);
      length = Math.max(length, end);
    },
    async close() {},
    async abort() {
      buffer = new Uint8Array(0);
      length = 0;
    },
    blob(type) {
      return new Blob([buffer.slice(0, length)], { type });
    },
  };
}

/** A sink that calls `write` per chunk and awaits it, so a slow consumer slows the export (backpressure). */
export function callbackSink(write: (chunk: ByteChunk) => Promise<void> | void): ByteSink {
  return { write: async (c) => write(c), close: async () => {}, abort: async () => {} };
}

/** Writes a byte stream to a sink in order, returning the total length. */
export async function pumpStream(stream: ReadableStream<Uint8Array>, sink: ByteSink): Promise<number> {
  const reader = stream.getReader();
  let position = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return position;
      await sink.write({ data: value, position });
      position += value.byteLength;
    }
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    throw error;
  }
}
