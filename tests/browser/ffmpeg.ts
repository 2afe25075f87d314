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
