import { execFileSync } from 'node:child_process';

/** ffprobe/ffmpeg from Debian, installed by scripts/ensure-browser-tools.mjs before the browser tests. */
export function requireFfmpeg(): void {
  try {
    execFileSync('ffprobe', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'ffprobe is missing: run  node scripts/ensure-browser-tools.mjs  (or apt-get install -y ffmpeg)',
    );
  }
}

/** The first video stream of a file as ffprobe decodes it: codec, size, frame rate and frames counted. */
export function probe(file: string): Record<string, string | number> {
  const out = execFileSync('ffprobe', [
    '-v',
    'error',
    '-count_frames',
    '-select_streams',
    'v:0',
    '-of',
    'json',
    '-show_entries',
    'stream=codec_name,width,height,r_frame_rate,nb_read_frames',
    file,
  ]).toString();
  return (JSON.parse(out) as { streams: Record<string, string | number>[] }).streams[0]!;
}
