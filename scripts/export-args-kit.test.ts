import { describe, expect, it } from 'vitest';
import { parseExportArgs, USAGE } from './export-args.mjs';

const ok = (s: string) => parseExportArgs(s.split(' '));
const bad = (s: string) => () => parseExportArgs(s.split(' '));

describe('export CLI arguments for the briefing kit', () => {
  it('takes a GIF as a sequence at 720p by default, at most 50 fps, without a bitrate', () => {
    expect(ok('--camera briefing --fps 10 --duration 30s --out kidal.gif')).toMatchObject({
      format: 'gif',
      width: 1280,
      height: 720,
      fps: 10,
      frames: 300,
      camera: 'briefing',
      captions: false,
    });
    expect(bad('--fps 60 --frames 10 --out a.gif')).toThrow('--fps must be a number from 1 to 50 (got "60")');
    expect(bad('--frames 10 --bitrate high --out a.gif')).toThrow('--bitrate applies to mp4 and webm only');
  });

  it('takes captions on sequences, videos and GIFs that follow the briefing camera', () => {
    expect(ok('--camera briefing --captions --frames 48 --out b.mp4')).toMatchObject({ captions: true });
    expect(bad('--captions --frames 48 --out b.mp4')).toThrow('--camera briefing');
    expect(bad('--captions --time 2023-11-13 --out b.png')).toThrow('--captions applies to sequences');
    expect(bad('--captions=yes --frames 4 --out b.zip')).toThrow('--captions takes no value (got "yes")');
  });

  it('makes a deck of the whole briefing: a moment per chapter, optional clips, no range', () => {
    expect(ok('--out kidal.pptx')).toMatchObject({
      format: 'pptx',
      moment: 'end',
      width: 1920,
      height: 1080,
    });
    expect(ok('--moment middle --clips 8s --lang fr --out k.pptx')).toMatchObject({
      moment: 'middle',
      lang: 'fr',
      clips: { fps: 25, frames: 200 },
    });
    expect(bad('--chapter fall --out k.pptx')).toThrow('--chapter does not apply to a pptx deck');
    expect(bad('--moment dawn --out k.pptx')).toThrow('--moment must be start, middle or end (got "dawn")');
    expect(bad('--fps 25 --out k.pptx')).toThrow('--fps applies to a deck only with --clips');
    expect(bad('--moment end --frames 4 --out k.zip')).toThrow('--moment applies to a pptx deck only');
  });

  it('says so in the usage', () => {
    expect(USAGE).toContain('png | zip | mp4 | webm | gif | pptx');
    expect(USAGE).toContain('--captions');
  });
});
