import type { VideoCodec } from 'mediabunny';
import { ProblemError, type Problem } from '../i18n/problem';

export type VideoFormat = 'mp4' | 'webm';

/** Preferred codecs per container, best first: H.264 plays everywhere, VP9 is WebM's native codec. */
export const CODEC_PREFERENCE: Record<VideoFormat, readonly VideoCodec[]> = {
  mp4: ['avc', 'vp9', 'av1'],
  webm: ['vp9', 'vp8', 'av1'],
};

export type BitratePreset = 'low' | 'medium' | 'high';

/** Bits per pixel per frame; a map is mostly flat colour, so these stay sharp at modest rates. */
const BITS_PER_PIXEL: Record<BitratePreset, number> = { low: 0.05, medium: 0.1, high: 0.2 };

export function bitrateFor(preset: BitratePreset, width: number, height: number, fps: number): number {
  const bps = BITS_PER_PIXEL[preset] * width * height * fps;
  // Round to 100 kbit/s, and keep it within what encoders accept for small and huge frames alike.
  return Math.min(80_000_000, Math.max(200_000, Math.round(bps / 100_000) * 100_000));
}

export type CanEncode = (
  codec: VideoCodec,
  options: { width: number; height: number; bitrate: number; frameRate: number },
) => Promise<boolean>;

/**
 * The first codec of the container's preference list the browser can encode at this size and rate.
 * `canEncode` is injected (mediabunny's `canEncodeVideo` wraps WebCodecs' `VideoEncoder.isConfigSupported`).
 */
export async function chooseCodec(
  format: VideoFormat,
  options: { width: number; height: number; bitrate: number; frameRate: number },
  canEncode: CanEncode,
): Promise<VideoCodec> {
  for (const codec of CODEC_PREFERENCE[format]) {
    if (await canEncode(codec, options).catch(() => false)) return codec;
  }
  throw new ProblemError([
    {
      key: 'problemCodec',
      values: {
        format: format.toUpperCase(),
        width: options.width,
        height: options.height,
        codecs: CODEC_PREFERENCE[format].join(', '),
      },
    },
  ]);
}

/** Why video export is unavailable here, or undefined when WebCodecs is present. */
export function webCodecsProblem(scope: {
  VideoEncoder?: unknown;
  VideoFrame?: unknown;
}): Problem | undefined {
  if (typeof scope.VideoEncoder === 'function' && typeof scope.VideoFrame === 'function') return undefined;
  return { key: 'problemNoWebCodecs' };
}
