import type { RangeResponse, Source } from 'pmtiles';

/** A PMTiles `Source` over bytes in memory, for reading archives in unit tests without a file or a server. */
export class BytesSource implements Source {
  readonly #bytes: Uint8Array;
  readonly #key: string;

  constructor(bytes: Uint8Array, key = 'memory') {
    this.#bytes = bytes;
    this.#key = key;
  }

  getKey(): string {
    return this.#key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.#bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}
