// Browser tests use Debian's Chromium (never a downloaded browser) and Debian's ffprobe/ffmpeg to check
// exported videos. Installs whatever is missing with one apt-get run where we can, otherwise stops with a
// message that says what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function hasCommand(cmd) {
  try {
    execFileSync(cmd, ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function run(cmd, args) {
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const missing = [...(existsSync(CHROMIUM) ? [] : ['chromium']), ...(hasCommand('ffprobe') ? [] : ['ffmpeg'])];

if (missing.length) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `The browser tests need Debian's ${missing.join(' and ')}, and this user cannot install them.\n` +
        `Install with:  sudo ${command}\n` +
        `(or set CHROMIUM_PATH to another Chromium binary).`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests…`);
  try {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', ...missing]);
  } catch (e) {
    console.error(
      `apt-get could not install ${missing.join(' ')} (${e.message}). Install by hand: ${command}`,
    );
    process.exit(1);
  }
  if (!existsSync(CHROMIUM) || !hasCommand('ffprobe')) {
    console.error(`apt-get finished but ${CHROMIUM} or ffprobe is still missing.`);
    process.exit(1);
  }
}
