// Browser tests use Debian's Chromium, never a downloaded browser. Installs it with apt-get where we can,
// otherwise stops with a message that says what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function run(cmd, args) {
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `Chromium is not installed at ${CHROMIUM}, and this user cannot install it.\n` +
        `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `(or set CHROMIUM_PATH to another Chromium binary).`,
    );
    process.exit(1);
  }
  console.log(`Chromium not found at ${CHROMIUM}: installing Debian's chromium package…`);
  try {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  } catch (e) {
    console.error(
      `apt-get could not install chromium (${e.message}). Install it by hand: apt-get install -y chromium`,
    );
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
}
