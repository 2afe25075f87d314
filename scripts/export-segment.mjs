// `--segment i/n` of `npm run export`: which frames segment i of n renders, so that n copies of the export
// (a Kubernetes Indexed Job, a CI matrix, a Slurm array, or processes on one machine) together render exactly
// the frames of one run, and their files join without re-encoding (scripts/export-join.mjs).
import { ArgsError } from './export-args.mjs';

/** Seconds between key frames in every video export (src/export/video-export.ts encodes with this). */
export const KEY_FRAME_SECONDS = 2;

/**
 * The frames at which a new key-frame group starts, as the video encoder places key frames: frame i (shown at
 * i/fps s) starts a group when floor(i / fps / 2) steps up. The same arithmetic as the encoder's, so a
 * segment cut here starts where the one-run video has a key frame anyway.
 */
export function groupStarts(frames, fps, seconds = KEY_FRAME_SECONDS) {
  const starts = [0];
  for (let i = 1; i < frames; i++)
    if (Math.floor(i / fps / seconds) !== Math.floor((i - 1) / fps / seconds)) starts.push(i);
  return starts;
}

/**
 * The split rule. The export's N frames are cut into K units — single frames for a PNG sequence, key-frame
 * groups for a video — and segment i (0-based, 0 ≤ i < n) gets units [floor(i·K/n), floor((i+1)·K/n)). The
 * segments are consecutive, never overlap and together are frames 0 … N−1. Returns { first, count }.
 */
export function segmentSpan(frames, index, count, unitStarts) {
  const starts = unitStarts ?? Array.from({ length: frames }, (_, i) => i);
  const units = starts.length;
  if (count > units)
    throw new ArgsError(
      `--segment ${index}/${count}: the export has only ${units} ${unitStarts ? 'key-frame groups' : 'frames'} to share out, so at most ${units} segments`,
    );
  const at = (u) => (u >= units ? frames : starts[u]);
  const first = at(Math.floor((index * units) / count));
  const end = at(Math.floor(((index + 1) * units) / count));
  return { first, count: end - first };
}

/**
 * `i/n` (0-based i) or `auto/n`, where auto is the JOB_COMPLETION_INDEX a Kubernetes Indexed Job gives each
 * pod (also 0-based). Returns { index, count }.
 */
export function parseSegment(value, env = process.env) {
  const m = /^(\d+|auto)\/(\d+)$/.exec(value.trim());
  if (!m) throw new ArgsError(`--segment must be I/N or auto/N, e.g. 0/4 (got "${value}")`);
  const count = Number(m[2]);
  if (count < 1 || count > 10000)
    throw new ArgsError(`--segment: N must be from 1 to 10000 (got "${value}")`);
  let raw = m[1];
  if (raw === 'auto') {
    raw = env.JOB_COMPLETION_INDEX;
    if (raw === undefined || raw === '')
      throw new ArgsError(
        '--segment auto/N reads JOB_COMPLETION_INDEX, which is not set (a Kubernetes Indexed Job sets it; elsewhere give the index: --segment 0/N)',
      );
    if (!/^\d+$/.test(raw.trim()))
      throw new ArgsError(`JOB_COMPLETION_INDEX must be a whole number from 0 (got "${raw}")`);
  }
  const index = Number(raw);
  if (index >= count)
    throw new ArgsError(
      `--segment ${index}/${count}: the index counts from 0, so it must be from 0 to ${count - 1}`,
    );
  return { index, count };
}

/** `{i}` in --out becomes the segment's index, zero-padded to the width of n−1, so the files sort in order. */
export function segmentOut(out, { index, count }) {
  return out.replaceAll('{i}', String(index).padStart(String(count - 1).length, '0'));
}

/** Only ZIPs and videos are cut into segments: a still is one frame, a GIF's palette needs the whole clip. */
export function segmentFormat(raw, format) {
  if (raw.segment !== undefined && !['zip', 'mp4', 'webm'].includes(format))
    throw new ArgsError(`--segment applies to zip, mp4 and webm exports (got ${format})`);
}

/**
 * The segment options of an export request: validates --segment against the format and returns the fields to
 * add ({ segment, span, out }), or {} without --segment.
 */
export function segmentArgs(raw, { format, frames, fps }, env = process.env) {
  if (raw.segment === undefined) {
    if (raw.out.includes('{i}')) throw new ArgsError('--out: {i} stands for the segment: add --segment');
    return {};
  }
  segmentFormat(raw, format);
  const segment = parseSegment(raw.segment, env);
  if (/^auto\//.test(raw.segment.trim()) && !raw.out.includes('{i}'))
    throw new ArgsError(
      '--segment auto/N: put {i} in --out (e.g. /out/part-{i}.mp4), or every pod writes one file',
    );
  const units = format === 'zip' ? undefined : groupStarts(frames, fps);
  return {
    segment,
    span: segmentSpan(frames, segment.index, segment.count, units),
    out: segmentOut(raw.out, segment),
  };
}

/** What the CLI prints after writing a segment. */
export function segmentNote({ segment, span, frames }) {
  return `export: segment ${segment.index}/${segment.count}: frames ${span.first}–${span.first + span.count - 1} of 0–${frames - 1}`;
}
