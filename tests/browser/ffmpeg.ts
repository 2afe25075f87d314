import { execFileSync } from 'node:child_process';

/** ffprobe/ffmpeg from Debian: installed with apt-get when we run as root, else a clear stop. */
export function requireFfmpeg(): void {
  const has = () => {
    try {
      execFileSync('ffprobe', ['-version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (has()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    execFileSync('apt-get', ['install', '-y', '-qq', 'ffmpeg'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (has()) return;
  }
  throw new Error('ffprobe is missing: install it with  sudo apt-get install -y ffmpeg');
}
