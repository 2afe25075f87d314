import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EncodedPacket, VideoSample } from 'mediabunny';
import { GroupEncoder } from './group-encoder';

/** A WebCodecs VideoEncoder stand-in: logs what is asked of it and emits a chunk per frame on flush. */
function fakeVideoEncoders(log: string[]) {
  let made = 0;
  return class {
    readonly id = ++made;
    state = 'unconfigured';
    encodeQueueSize = 0;
    readonly #pending: { timestamp: number; key: boolean }[] = [];
    constructor(private readonly init: { output: (chunk: unknown, meta?: unknown) => void }) {
      log.push(`new ${this.id}`);
    }
    configure() {
      this.state = 'configured';
    }
    encode(frame: { timestamp: number }, options: { keyFrame?: boolean }) {
      log.push(`encode ${frame.timestamp / 1e6} on ${this.id}${options.keyFrame ? ' key' : ''}`);
      this.#pending.push({ timestamp: frame.timestamp, key: options.keyFrame === true });
    }
    async flush() {
      log.push(`flush ${this.id}`);
      for (const p of this.#pending.splice(0))
        this.init.output({
          type: p.key ? 'key' : 'delta',
          timestamp: p.timestamp,
          duration: 250_000,
          byteLength: 1,
          copyTo: (into: Uint8Array) => into.set([p.key ? 1 : 0]),
        });
    }
    close() {
      this.state = 'closed';
      log.push(`close ${this.id}`);
    }
    addEventListener() {}
  };
}

const sample = (timestamp: number) =>
  ({
    timestamp,
    duration: 0.25,
    toVideoFrame: () => ({ timestamp: Math.round(timestamp * 1e6), close: () => undefined }),
  }) as unknown as VideoSample;

afterEach(() => vi.unstubAllGlobals());

describe('GroupEncoder', () => {
  it('answers for no codec unless an export is encoding', () => {
    vi.stubGlobal('VideoEncoder', fakeVideoEncoders([]));
    expect(GroupEncoder.supports()).toBe(false);
    GroupEncoder.active = true;
    expect(GroupEncoder.supports()).toBe(true);
    GroupEncoder.active = false;
  });

  it('starts a fresh encoder at each key frame after the first, once the group before is out', async () => {
    const log: string[] = [];
    vi.stubGlobal('VideoEncoder', fakeVideoEncoders(log));
    const packets: EncodedPacket[] = [];
    // mediabunny makes it and sets these before init().
    const encoder = new (GroupEncoder as unknown as new () => GroupEncoder)();
    Object.assign(encoder, {
      config: { codec: 'avc1.640c16', width: 64, height: 64 },
      onPacket: (p: EncodedPacket) => void packets.push(p),
      onError: (e: unknown) => {
        throw e;
      },
    });
    encoder.init();
    for (const [t, key] of [
      [2, true],
      [2.25, false],
      [4, true],
      [4.25, false],
    ] as const)
      await encoder.encode(sample(t), { keyFrame: key });
    await encoder.flush();
    encoder.close();
    expect(log).toEqual([
      'new 1',
      'encode 2 on 1 key',
      'encode 2.25 on 1',
      'flush 1',
      'close 1',
      'new 2',
      'encode 4 on 2 key',
      'encode 4.25 on 2',
      'flush 2',
      'close 2',
    ]);
    // Exact times (s) back from the encoder's microseconds, key frames where asked.
    expect(packets.map((p) => [p.timestamp, p.duration, p.type])).toEqual([
      [2, 0.25, 'key'],
      [2.25, 0.25, 'delta'],
      [4, 0.25, 'key'],
      [4.25, 0.25, 'delta'],
    ]);
  });
});
