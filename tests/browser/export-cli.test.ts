import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

const CLI = join(import.meta.dirname, '..', '..', 'scripts', 'export-cli.mjs');
const run = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 110_000,
    // npm test has just built dist/: never rebuild it while other browser tests are serving it.
    env: { ...process.env, SANDTABLE_EXPORT_NO_BUILD: '1' },
  });

describe('npm run export', () => {
  it.each([
    [
      ['--from', '2023-11-15', '--to', '2023-11-10', '--duration', '2s', '--out', 'x.mp4'],
      /--to must be after --from/,
    ],
    [['--duration', '2s', '--out', 'x.avi'], /--format must be one of/],
    [['--size', 'huge', '--duration', '2s', '--out', 'x.mp4'], /--size must be WIDTHxHEIGHT/],
    [['--fps', '0', '--duration', '2s', '--out', 'x.mp4'], /--fps must be/],
    [['--time', '2023-11-10'], /--out FILE is required/],
    [['--nope'], /Unknown option --nope/],
  ])('rejects %j with exit code 2', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Usage: npm run export/);
  });

  it('writes a still end to end, and no .part is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandtable-cli-'));
    const out = join(dir, 'still.png');
    const r = run(['--time', '2023-11-13T12:00Z', '--size', '480x270', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/wrote/);
    const png = PNG.sync.read(readFileSync(out));
    expect([png.width, png.height]).toEqual([480, 270]);
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it('fails cleanly on an unknown chapter, leaving no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandtable-cli-'));
    const out = join(dir, 'x.zip');
    const r = run(['--chapter', 'no-such-chapter', '--frames', '2', '--size', '64x64', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/No chapter "no-such-chapter"/);
    expect(existsSync(out) || existsSync(`${out}.part`)).toBe(false);
  });
});
