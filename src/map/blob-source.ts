import type { RangeResponse, Source } from 'pmtiles';

/**
 * A PMTiles `Source` over a Blob (a file the user picked, or one kept in IndexedDB): each read is a slice of
 * the Blob, so no request is made and a large archive is never held in memory whole.
 */
export class BlobSource implements Source {
  readonly #blob: Blob;
  readonly #key: string;

  /** @param key what the pmtiles:// URLs of this archive name it by; unique per archive on the page */
  constructor(blob: Blob, key: string) {
    this.#blob = blob;
    this.#key = key;
  }

  getKey(): string {
    return this.#key;
  }

  /** Reads past the end come back short: the reader asks for the first 16 KiB of even a tiny archive. */
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: await this.#blob.slice(offset, offset + length).arrayBuffer() };
  }
}
