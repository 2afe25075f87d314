import { CustomVideoEncoder, EncodedPacket, type VideoSample } from 'mediabunny';

/**
 * A WebCodecs encoder started afresh at every key frame, registered with mediabunny for all video exports.
 * A video encoder's rate control remembers the frames before, so a segment of a long export encoded on its
 * own (issue 26) would otherwise differ from the same frames in one run past its first key frame. Restarted at
 * each key frame, every key-frame group is encoded from its own frames alone: a one-run export and the join
 * of its segments, cut on the same key frames, are the same packets.
 */
export class GroupEncoder extends CustomVideoEncoder {
  #encoder: VideoEncoder | undefined;
  #encoded = 0;
  /** Exact timestamps and durations (s) by the encoder's microseconds, which round them. */
  readonly #timing = new Map<number, { timestamp: number; duration: number }>();

  /**
   * On only while exportVideo encodes, after the codec was chosen: mediabunny's canEncodeVideo takes any
   * registered custom encoder as proof of support, and which codecs the browser has must still be asked of it.
   */
  static active = false;

  static override supports(): boolean {
    return GroupEncoder.active && typeof VideoEncoder === 'function';
  }

  init(): void {
    this.#open();
  }

  #open(): void {
    const encoder = new VideoEncoder({
      output: (chunk, meta) => {
        const data = new Uint8Array(chunk.byteLength);
        chunk.copyTo(data);
        const timing = this.#timing.get(chunk.timestamp);
        this.#timing.delete(chunk.timestamp);
        const packet = new EncodedPacket(
          data,
          chunk.type,
          timing?.timestamp ?? chunk.timestamp / 1e6,
          timing?.duration ?? (chunk.duration ?? 0) / 1e6,
        );
        this.onPacket(packet, meta);
      },
      error: (error) => this.onError(error),
    });
    encoder.configure(this.config);
    this.#encoder = encoder;
  }

  async encode(sample: VideoSample, options: VideoEncoderEncodeOptions): Promise<void> {
    if (options.keyFrame && this.#encoded > 0) {
      // Everything of the group before goes out first; then a new encoder with nothing to remember.
      await this.#encoder!.flush();
      this.#encoder!.close();
      this.#open();
    }
    const encoder = this.#encoder!;
    const frame = sample.toVideoFrame();
    try {
      this.#timing.set(frame.timestamp, { timestamp: sample.timestamp, duration: sample.duration });
      encoder.encode(frame, options);
      this.#encoded++;
    } finally {
      frame.close();
    }
    // Backpressure: a few frames in the encoder at most, as mediabunny's own encoder path keeps it.
    while (encoder.encodeQueueSize > 2)
      await new Promise((resolve) => encoder.addEventListener('dequeue', resolve, { once: true }));
  }

  async flush(): Promise<void> {
    await this.#encoder?.flush();
  }

  close(): void {
    if (this.#encoder?.state !== 'closed') this.#encoder?.close();
  }
}
