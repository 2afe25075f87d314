import { describe, expect, it } from 'vitest';
import { problemText } from '../i18n/problem';
import { bitrateFor, chooseCodec, webCodecsProblem } from './codec-choice';

const opts = { width: 1920, height: 1080, bitrate: 4e6, frameRate: 30 };

describe('codec choice', () => {
  it('takes the first codec the browser accepts', async () => {
    expect(await chooseCodec('mp4', opts, async () => true)).toBe('avc');
    expect(await chooseCodec('mp4', opts, async (c) => c !== 'avc')).toBe('vp9');
    expect(await chooseCodec('webm', opts, async () => true)).toBe('vp9');
    expect(await chooseCodec('webm', opts, async (c) => c === 'av1')).toBe('av1');
  });

  it('treats a throwing check as unsupported and says when nothing works', async () => {
    await expect(
      chooseCodec('mp4', opts, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow(/cannot encode MP4 video at 1920 × 1080/);
  });

  it('scales bitrate presets with size and rate', () => {
    expect(bitrateFor('medium', 1920, 1080, 30)).toBe(6_200_000);
    expect(bitrateFor('low', 16, 16, 1)).toBe(200_000);
  });

  it('explains a missing WebCodecs', () => {
    expect(problemText(webCodecsProblem({})!, 'en')).toMatch(/no WebCodecs/);
    expect(problemText(webCodecsProblem({})!, 'fr')).toMatch(/pas d’encodeur vidéo WebCodecs/);
    expect(webCodecsProblem({ VideoEncoder: class {}, VideoFrame: class {} })).toBeUndefined();
  });
});
