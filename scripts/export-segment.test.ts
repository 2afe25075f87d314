import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupStarts, parseSegment, segmentArgs, segmentSpan } from './export-segment.mjs';
import { parseExportArgs } from './export-args.mjs';

describe('segment split', () => {
  it('gives segment i of n the frames [floor(i·N/n), floor((i+1)·N/n)), 0-based', () => {
    expect([0, 1, 2].map((i) => segmentSpan(10, i, 3))).toEqual([
      { first: 0, count: 3 },
      { first: 3, count: 3 },
      { first: 6, count: 4 },
    ]);
    expect(segmentSpan(24, 0, 1)).toEqual({ first: 0, count: 24 });
  });

  it('covers every frame exactly once, in order, for any N and n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 64 }), (frames, n) => {
        fc.pre(n <= frames);
        let next = 0;
        for (let i = 0; i < n; i++) {
          const { first, count } = segmentSpan(frames, i, n);
          expect(first).toBe(next);
          expect(count).toBeGreaterThan(0);
          next = first + count;
        }
        expect(next).toBe(frames);
      }),
    );
  });

  it('cuts videos on the encoder’s key frames (every 2 s), also at fractional rates', () => {
    expect(groupStarts(24, 4)).toEqual([0, 8, 16]);
    expect(groupStarts(150, 30)).toEqual([0, 60, 120]);
    // 29.97 fps: frame 60 is at 2.002 s, frame 59 at 1.9686 s.
    expect(groupStarts(130, 29.97)).toEqual([0, 60, 120]);
    expect([0, 1, 2].map((i) => segmentSpan(24, i, 3, groupStarts(24, 4)))).toEqual([
      { first: 0, count: 8 },
      { first: 8, count: 8 },
      { first: 16, count: 8 },
    ]);
    // 5 groups over 2 segments: 2 and 3 groups; the last group is short.
    expect([0, 1].map((i) => segmentSpan(290, i, 2, groupStarts(290, 30)))).toEqual([
      { first: 0, count: 120 },
      { first: 120, count: 170 },
    ]);
  });

  it('refuses more segments than there are frames or key-frame groups', () => {
    expect(() => segmentSpan(24, 0, 4, groupStarts(24, 4))).toThrow(/only 3 key-frame groups/);
    expect(() => segmentSpan(2, 0, 3)).toThrow(/only 2 frames/);
  });
});

describe('--segment', () => {
  it('parses I/N (from 0) and auto/N from JOB_COMPLETION_INDEX', () => {
    expect(parseSegment('2/3', {})).toEqual({ index: 2, count: 3 });
    expect(parseSegment('auto/8', { JOB_COMPLETION_INDEX: '7' })).toEqual({ index: 7, count: 8 });
    expect(parseSegment('auto/8', { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 0, count: 8 });
  });

  it.each([
    ['3/3', {}, /counts from 0, so it must be from 0 to 2/],
    ['1-3', {}, /must be I\/N or auto\/N/],
    ['0/0', {}, /N must be from 1/],
    ['auto/4', {}, /JOB_COMPLETION_INDEX, which is not set/],
    ['auto/4', { JOB_COMPLETION_INDEX: 'x' }, /JOB_COMPLETION_INDEX must be a whole number/],
    ['auto/4', { JOB_COMPLETION_INDEX: '4' }, /from 0 to 3/],
  ])('refuses %s with %j', (value, env, message) => {
    expect(() => parseSegment(value, env)).toThrow(message);
  });

  it('fills {i} in --out, padded so the files sort, and passes the span to the export', () => {
    const args = parseExportArgs('--frames 720 --fps 30 --segment auto/12 --out part-{i}.mp4'.split(' '), {
      JOB_COMPLETION_INDEX: '3',
    });
    expect(args).toMatchObject({
      out: 'part-03.mp4',
      segment: { index: 3, count: 12 },
      span: { first: 180, count: 60 },
    });
    // A ZIP is cut frame by frame.
    expect(parseExportArgs('--frames 10 --segment 1/3 --out p-{i}.zip'.split(' '), {})).toMatchObject({
      out: 'p-1.zip',
      span: { first: 3, count: 3 },
    });
  });

  it.each([
    ['--frames 10 --segment 0/2 --out a.gif', /--segment applies to zip, mp4 and webm/],
    ['--time 2023-11-12 --segment 0/2 --out a.png', /--segment applies to zip, mp4 and webm/],
    ['--frames 10 --segment auto/2 --out a.mp4', /put \{i\} in --out/],
    ['--frames 10 --out a-{i}.mp4', /\{i\} stands for the segment/],
  ])('refuses %s', (argv, message) => {
    expect(() => parseExportArgs(argv.split(' '), { JOB_COMPLETION_INDEX: '0' })).toThrow(message);
  });

  it('adds nothing without --segment', () => {
    expect(segmentArgs({ out: 'a.mp4' }, { format: 'mp4', frames: 10, fps: 30 })).toEqual({});
  });
});
