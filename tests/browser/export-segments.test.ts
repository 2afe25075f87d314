import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { probe, requireFfmpeg } from './ffmpeg';

const SCRIPTS = join(import.meta.dirname, '..', '..', 'scripts');
const env = { ...process.env, SANDTABLE_EXPORT_NO_BUILD: '1' };

/** `npm run export -- …` as a process of its own, resolved with its output once it exits. */
const exportRun = (args: string[]) =>
  new Promise<{ args: string; status: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [join(SCRIPTS, 'export-cli.mjs'), ...args], { env });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ args: args.join(' '), status, stderr }));
  });

const join_ = (args: string[]) =>
  spawnSync(process.execPath, [join(SCRIPTS, 'export-join.mjs'), ...args], { encoding: 'utf8', env });

/** Frame-by-frame PSNR of two videos by ffmpeg: the average, and the worst frame's ("inf" when identical). */
function psnr(a: string, b: string): { average: string; min: string } {
  const r = spawnSync('ffmpeg', ['-nostats', '-i', a, '-i', b, '-lavfi', 'psnr', '-f', 'null', '-'], {
    encoding: 'utf8',
  });
  const m = /average:(\S+) min:(\S+)/.exec(r.stderr);
  if (!m) throw new Error(`no PSNR from ffmpeg:\n${r.stderr}`);
  return { average: m[1]!, min: m[2]! };
}

/** Raw RGB frames decoded by ffmpeg: what a player shows, byte for byte. */
const rawFrames = (file: string) =>
  execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    maxBuffer: 1 << 30,
  });

// 24 frames at 4 fps: three key-frame groups of 2 s (8 frames), so 3 segments of 8 frames, each starting on
// a key frame of the one-run video.
const FULL = [
  '--from',
  '2023-11-10',
  '--to',
  '2023-11-15',
  '--frames',
  '24',
  '--fps',
  '4',
  '--size',
  '640x360',
];
const ZIP = ['--from', '2023-11-10', '--to', '2023-11-15', '--frames', '6', '--size', '160x90'];

describe('export in segments, joined', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sandtable-segments-'));
  const at = (name: string) => join(dir, name);
  let runs: { args: string; status: number | null; stderr: string }[];

  beforeAll(async () => {
    requireFfmpeg();
    // One run and three segments at once, as an Indexed Job's pods would (here: processes on one machine).
    runs = await Promise.all([
      exportRun([...FULL, '--out', at('one.mp4')]),
      ...[0, 1, 2].map((i) => exportRun([...FULL, '--segment', `${i}/3`, '--out', at('part-{i}.mp4')])),
    ]);
    // The ZIPs after: more Chromiums at once than this would starve a two-core machine.
    runs.push(
      ...(await Promise.all([
        exportRun([...ZIP, '--out', at('one.zip')]),
        ...[0, 1, 2].map((i) => exportRun([...ZIP, '--segment', `${i}/3`, '--out', at('part-{i}.zip')])),
      ])),
    );
    // A segment of another export: segment 1 at half the size (ffmpeg re-encodes it, keeping its 2 s start).
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-i',
      at('part-1.mp4'),
      '-vf',
      'scale=320:180',
      '-c:v',
      'libx264',
      '-output_ts_offset',
      '2',
      at('small-1.mp4'),
    ]);
  }, 600_000);

  it('renders every run', () => {
    for (const r of runs) expect(r).toEqual({ ...r, status: 0, stderr: '' });
  });

  it('joins the MP4 segments into the one-run video, frame for frame, without re-encoding', () => {
    const r = join_(['--out', at('whole.mp4'), at('part-2.mp4'), at('part-0.mp4'), at('part-1.mp4')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/3 segments, 24 frames at 4 fps, avc1\./);
    const whole = probe(at('whole.mp4'));
    expect(whole).toMatchObject({ codec_name: 'h264', width: 640, height: 360, r_frame_rate: '4/1' });
    expect(Number(whole.nb_read_frames)).toBe(24);
    expect(psnr(at('one.mp4'), at('whole.mp4'))).toEqual({ average: 'inf', min: 'inf' });
    const a = rawFrames(at('one.mp4'));
    const b = rawFrames(at('whole.mp4'));
    expect(a.length).toBe(24 * 640 * 360 * 3);
    expect(b.equals(a)).toBe(true);
  });

  it('joins with ffmpeg -c copy the same', () => {
    const r = join_([
      '--with',
      'ffmpeg',
      '--out',
      at('whole-ffmpeg.mp4'),
      at('part-0.mp4'),
      at('part-1.mp4'),
      at('part-2.mp4'),
    ]);
    expect(r.stderr).toBe('');
    expect(rawFrames(at('whole-ffmpeg.mp4')).equals(rawFrames(at('one.mp4')))).toBe(true);
  });

  it.each([
    [['part-0.mp4', 'small-1.mp4'], /small-1\.mp4: width is 320 where .*part-0\.mp4 has 640/],
    [
      ['part-0.mp4', 'part-2.mp4'],
      /part-2\.mp4: starts at frame 16 but the frames before end at 7: frames 8–15 are missing/,
    ],
    [['one.mp4', 'part-1.mp4'], /part-1\.mp4: starts at frame 8, which the segment before already has/],
  ])('refuses %j, naming the file and the field', (files, message) => {
    const out = at('refused.mp4');
    const r = join_(['--out', out, ...files.map(at)]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out) || existsSync(`${out}.part`)).toBe(false);
  });

  it('numbers PNG-sequence segments across the export and joins them into the one-run frames', () => {
    const names = (file: string) => Object.keys(unzipSync(readFileSync(at(file))));
    expect(names('part-1.zip')).toEqual(['frame-00002.png', 'frame-00003.png']);
    expect(names('part-2.zip')).toEqual(['frame-00004.png', 'frame-00005.png']);
    const r = join_(['--out', at('whole.zip'), at('part-1.zip'), at('part-0.zip'), at('part-2.zip')]);
    expect(r.stderr).toBe('');
    const one = unzipSync(readFileSync(at('one.zip')));
    const whole = unzipSync(readFileSync(at('whole.zip')));
    expect(Object.keys(whole)).toEqual(Object.keys(one));
    for (const name of Object.keys(one))
      expect(Buffer.from(whole[name]!).equals(Buffer.from(one[name]!))).toBe(true);
  });
});
