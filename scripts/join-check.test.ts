import { describe, expect, it } from 'vitest';
import { checkSegments, checkZipSegments, overallFps } from './join-check.mjs';
import { parseJoinArgs } from './export-join.mjs';

/** A segment as read from a file: frames first…first+count−1 at fps, key frame first. */
const seg = (file: string, first: number, count: number, fps = 30, over: Record<string, unknown> = {}) => ({
  file,
  container: 'MP4',
  codec: 'avc',
  codecString: 'avc1.640028',
  width: 1920,
  height: 1080,
  description: new Uint8Array([1, 100, 0, 40]),
  packets: Array.from({ length: count }, (_, k) => ({
    timestamp: (first + k) / fps,
    duration: 1 / fps,
    key: k === 0,
  })),
  ...over,
});

describe('join checks', () => {
  it('orders segments by their frames and counts the whole', () => {
    const r = checkSegments([seg('b.mp4', 60, 60), seg('a.mp4', 0, 60), seg('c.mp4', 120, 30)]);
    expect(r.segments.map((s) => s.file)).toEqual(['a.mp4', 'b.mp4', 'c.mp4']);
    expect(r).toMatchObject({ fps: 30, frames: 150 });
  });

  it('takes WebM’s millisecond timestamps', () => {
    // As WebM reads back: times in whole ms, durations the steps between them, the last one as stored.
    const ms = (s: ReturnType<typeof seg>) => {
      const times = s.packets.map((p) => Math.round(p.timestamp * 1000) / 1000);
      return {
        ...s,
        packets: s.packets.map((p, k) => ({
          ...p,
          timestamp: times[k]!,
          duration: k + 1 < times.length ? times[k + 1]! - times[k]! : 0.033333333,
        })),
      };
    };
    expect(checkSegments([ms(seg('a.webm', 0, 8)), ms(seg('b.webm', 8, 8))])).toMatchObject({
      fps: 30,
      frames: 16,
    });
    expect(overallFps([seg('a', 0, 100, 29.97)])).toBeCloseTo(29.97, 6);
  });

  it.each([
    [
      [seg('a.mp4', 0, 60), seg('b.mp4', 60, 60, 30, { width: 1280 })],
      /b\.mp4: width is 1280 where a\.mp4 has 1920/,
    ],
    [
      [seg('a.mp4', 0, 60), seg('b.mp4', 60, 60, 30, { codecString: 'avc1.42001f' })],
      /b\.mp4: codecString is avc1\.42001f where a\.mp4 has avc1\.640028/,
    ],
    [
      [seg('a.mp4', 0, 60), seg('b.mp4', 60, 60, 30, { description: new Uint8Array([1, 66]) })],
      /b\.mp4: description is 0142 where a\.mp4 has 01640028/,
    ],
    [[seg('a.mp4', 0, 60), seg('b.webm', 60, 60, 30, { container: 'WebM' })], /b\.webm: container is WebM/],
    [[seg('a.mp4', 0, 60), seg('b.mp4', 50, 60, 25)], /b\.mp4: frame rate is 25 fps where a\.mp4 has 30 fps/],
    [[seg('a.mp4', 0, 60), seg('c.mp4', 120, 60)], /c\.mp4: starts at frame 120 .*frames 60–119 are missing/],
    [[seg('a.mp4', 0, 60), seg('b.mp4', 30, 60)], /b\.mp4: starts at frame 30, .*segments overlap/],
    [[seg('b.mp4', 60, 60)], /b\.mp4: starts at frame 60 .*frames 0–59 are missing/],
    [
      [
        seg('a.mp4', 0, 60),
        { ...seg('b.mp4', 60, 60), packets: seg('b.mp4', 60, 60).packets.map((p) => ({ ...p, key: false })) },
      ],
      /b\.mp4: its first frame \(60\) is not a key frame/,
    ],
  ])('refuses %#', (segments, message) => {
    expect(() => checkSegments(segments)).toThrow(message);
  });

  it('checks ZIP segments are numbered across the export', () => {
    const names = (a: number, b: number) =>
      Array.from({ length: b - a }, (_, k) => `frame-${String(a + k).padStart(5, '0')}.png`);
    expect(
      checkZipSegments([
        { file: 'b.zip', names: names(3, 6) },
        { file: 'a.zip', names: names(0, 3) },
      ]),
    ).toMatchObject({ frames: 6 });
    expect(() =>
      checkZipSegments([
        { file: 'a.zip', names: names(0, 3) },
        { file: 'c.zip', names: names(4, 6) },
      ]),
    ).toThrow(/c\.zip: frame 4 follows frame 2: frames 3–3 are missing/);
    expect(() =>
      checkZipSegments([
        { file: 'a.zip', names: names(0, 3) },
        { file: 'b.zip', names: names(2, 6) },
      ]),
    ).toThrow(/b\.zip: frame 2 is already in a segment before/);
    expect(() => checkZipSegments([{ file: 'a.zip', names: ['notes.txt'] }])).toThrow(
      /a\.zip: "notes\.txt" is not a frame/,
    );
  });
});

describe('export:join arguments', () => {
  it('takes --out, --with and the segments', () => {
    expect(parseJoinArgs(['--out', 'w.mp4', 'a.mp4', 'b.mp4'])).toMatchObject({
      out: 'w.mp4',
      tool: 'mediabunny',
      files: ['a.mp4', 'b.mp4'],
      kind: 'mp4',
    });
    expect(parseJoinArgs(['--with=ffmpeg', '--out=w.webm', 'a.webm'])).toMatchObject({ tool: 'ffmpeg' });
  });

  it.each([
    [['a.mp4'], /--out FILE is required/],
    [['--out', 'w.mp4'], /give the segments/],
    [['--out', 'w.mp4', 'a.zip'], /a\.zip: a \.zip segment cannot go into a \.mp4 file/],
    [['--out', 'w.mp4', '--with', 'x', 'a.mp4'], /--with must be mediabunny or ffmpeg/],
    [['--out', 'w.mp4', 'a.mp4', 'a.mp4'], /given twice/],
    [['--out', 'a.mp4', 'a.mp4', 'b.mp4'], /--out a\.mp4 is one of the segments/],
    [['--out', 'w.avi', 'a.avi'], /not a \.mp4, \.webm or \.zip/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseJoinArgs(argv)).toThrow(message);
  });
});
