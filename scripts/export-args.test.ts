import { describe, expect, it } from 'vitest';
import { parseExportArgs } from './export-args.mjs';

const ok = (s: string) => parseExportArgs(s.split(' '));
const bad = (s: string) => () => parseExportArgs(s.split(' '));

describe('export CLI arguments', () => {
  it('parses the example from the issue', () => {
    expect(
      ok(
        '--from 2023-11-10 --to 2023-11-15 --fps 30 --duration 20s --size 1920x1080 --format mp4 --out kidal.mp4',
      ),
    ).toMatchObject({
      from: Date.parse('2023-11-10T00:00:00Z'),
      to: Date.parse('2023-11-15T00:00:00Z'),
      fps: 30,
      frames: 600,
      width: 1920,
      height: 1080,
      format: 'mp4',
      out: 'kidal.mp4',
    });
  });

  it('parses stills, chapters and the format from the extension', () => {
    expect(ok('--time 2023-11-13T12:00Z --out a.png')).toMatchObject({
      format: 'png',
      time: Date.parse('2023-11-13T12:00Z'),
    });
    expect(ok('--chapter fall --frames 12 --out a.zip')).toMatchObject({
      chapter: 'fall',
      frames: 12,
      format: 'zip',
    });
    expect(ok('--from=2023-11-10 --to=2023-11-11 --duration=1.5m --fps=10 --out=x.webm')).toMatchObject({
      frames: 900,
      camera: 'view',
    });
    expect(ok('--camera briefing --duration 10s --out whole.mp4')).toMatchObject({ camera: 'briefing' });
  });

  it('takes the legend as the layout chooses by default, or always full', () => {
    expect(ok('--time 2023-11-13T12:00Z --out a.png')).toMatchObject({ legend: 'auto' });
    expect(ok('--time 2023-11-13T12:00Z --legend full --out a.png')).toMatchObject({ legend: 'full' });
    expect(bad('--time 2023-11-13T12:00Z --legend big --out a.png')).toThrow(/--legend must be auto or full/);
  });

  it.each([
    ['--from 2023-11-10 --to 2023-11-11 --duration 2s', /--out FILE is required/],
    ['--bogus 1 --out a.mp4', /Unknown option --bogus/],
    ['--size 1920by1080 --duration 2s --out a.mp4', /--size must be WIDTHxHEIGHT/],
    ['--size 20000x100 --duration 2s --out a.mp4', /from 16 to 16384/],
    ['--from 2023-11-15 --to 2023-11-10 --duration 2s --out a.mp4', /--to must be after --from/],
    ['--fps 500 --duration 2s --out a.mp4', /--fps must be a number from 1 to 120/],
    ['--format mp4 --duration 2s --out a.webm', /does not end in \.mp4/],
    ['--duration 2s --out a.avi', /--format must be one of/],
    ['--from 2023-11-10 --duration 2s --out a.mp4', /--from and --to go together/],
    ['--from yesterday --to 2023-11-11 --duration 2s --out a.mp4', /not a date/],
    ['--out a.mp4', /--duration/],
    ['--out a.png', /give --time/],
    ['--time 2023-11-10 --out a.mp4', /--time makes a still/],
    ['--duration', /needs a value/],
    ['stray --out a.mp4', /Unexpected argument/],
    ['--camera orbit --duration 2s --out a.mp4', /--camera must be view or briefing/],
    ['--camera briefing --view 1,18,8 --duration 2s --out a.mp4', /leave out --view/],
    ['--camera briefing --time 2023-11-10 --out a.png', /does not apply to a single png/],
  ])('rejects %s', (args, message) => {
    expect(bad(args)).toThrow(message);
  });

  it('takes the relief and a basemap archive, and names a bad value', () => {
    expect(ok('--time 2023-11-13 --out a.png')).toMatchObject({ relief: true, basemap: undefined });
    expect(ok('--time 2023-11-13 --relief off --basemap city.pmtiles --out a.png')).toMatchObject({
      relief: false,
      basemap: 'city.pmtiles',
    });
    expect(bad('--time 2023-11-13 --relief no --out a.png')).toThrow('--relief must be on or off (got "no")');
    expect(bad('--time 2023-11-13 --basemap city.mbtiles --out a.png')).toThrow('"city.mbtiles"');
  });
});
