// `npm run bench:segments [-- --frames N --fps F --size WxH --segments S]`: one export run against the same
// export as S segments rendered by S processes at once and joined (`--segment i/S`, `npm run export:join`),
// on this machine's cores. Prints the wall times and their ratio. Not a test: a figure for the docs. Each
// process starts its own server and Chromium, as an Indexed Job's pods would.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
// 120 frames at 10 fps: six key-frame groups of 20 frames, two per segment.
const FRAMES = arg('frames', '120');
const FPS = arg('fps', '10');
const SIZE = arg('size', '1280x720');
const SEGMENTS = Number(arg('segments', '3'));
const RANGE = [
  '--from',
  '2023-11-10',
  '--to',
  '2023-11-15',
  '--frames',
  FRAMES,
  '--fps',
  FPS,
  '--size',
  SIZE,
];
const env = { ...process.env, SANDTABLE_EXPORT_NO_BUILD: '1' };

const run = (script, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', script), ...args], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} ${args.join(' ')}: exit ${code}`)),
    );
  });
const timed = async (work) => {
  const t0 = performance.now();
  await work();
  return (performance.now() - t0) / 1000;
};

execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
});
const dir = mkdtempSync(join(tmpdir(), 'sandtable-bench-segments-'));
try {
  const one = await timed(() => run('export-cli.mjs', [...RANGE, '--out', join(dir, 'one.mp4')]));
  const parts = await timed(() =>
    Promise.all(
      Array.from({ length: SEGMENTS }, (_, i) =>
        run('export-cli.mjs', [
          ...RANGE,
          '--segment',
          `${i}/${SEGMENTS}`,
          '--out',
          join(dir, 'part-{i}.mp4'),
        ]),
      ),
    ),
  );
  const files = Array.from({ length: SEGMENTS }, (_, i) => join(dir, `part-${i}.mp4`));
  const joined = await timed(() => run('export-join.mjs', ['--out', join(dir, 'whole.mp4'), ...files]));

  const row = (a, b) => `| ${a.padEnd(50)} | ${String(b).padStart(12)} |`;
  console.log(
    `\nsegments benchmark: ${FRAMES} frames at ${FPS} fps, ${SIZE}, MP4, ${availableParallelism()} cores (${new Date().toISOString().slice(0, 10)})\n`,
  );
  console.log(row('measure', 'value'));
  console.log(`| ${'-'.repeat(50)} | ${'-'.repeat(12)}:|`);
  console.log(row('one run, wall time', `${one.toFixed(1)} s`));
  console.log(row(`${SEGMENTS} segments at once, wall time`, `${parts.toFixed(1)} s`));
  console.log(row('join (remux, no re-encode), wall time', `${joined.toFixed(2)} s`));
  console.log(row(`${SEGMENTS} segments + join / one run`, `${((parts + joined) / one).toFixed(2)}×`));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
