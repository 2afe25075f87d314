import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';

// The print handout (issue #25) end to end through the CLI, read back with poppler as a printer would.
const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'scripts', 'export-cli.mjs');
const GOLDEN = join(ROOT, 'tests', 'handout', 'a4-fall-500k.png');
const UPDATE = process.env.UPDATE === '1';
const dir = mkdtempSync(join(tmpdir(), 'sandtable-pdf-'));
const page = join(dir, 'fall.pdf');
const booklet = join(dir, 'livret.pdf');

function exportPdf(args: string[], out: string): void {
  const r = spawnSync(process.execPath, [CLI, ...args, '--out', out], {
    encoding: 'utf8',
    timeout: 400_000,
    env: { ...process.env, SANDTABLE_EXPORT_NO_BUILD: '1' },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

describe('npm run export -- --format pdf', () => {
  beforeAll(() => {
    exportPdf(['--chapter', 'fall-14nov', '--scale', '500000', '--ppi', '200'], page);
    exportPdf(
      ['--booklet', '--lang', 'fr', '--paper', 'a3', '--orientation', 'portrait', '--ppi', '200'],
      booklet,
    );
  }, 900_000);

  it('prints on A4 landscape, and a booklet on A3 portrait', () => {
    expect(poppler('pdfinfo', page)).toMatch(/Page size:\s+841\.89 x 595\.276 pts \(A4\)/);
    expect(poppler('pdfinfo', booklet)).toMatch(/Page size:\s+841\.89 x 1190\.55 pts \(A3\)/);
  });

  it('sets the title, the scale statement, the moment and the sources as searchable text, fonts embedded', () => {
    const text = poppler('pdftotext', page, '-');
    expect(text).toContain('Battle of Kidal (Mali, 10–14 November 2023): 14 November: the fall of Kidal');
    expect(text).toContain('Scale 1:500 000, true at 18°39′N');
    expect(text).toContain('14 November 2023, 12:00 GMT (UTC: 14 November 2023, 12:00 UTC)');
    expect(text).toContain('Sources cited on this page');
    expect(text).toMatch(/English Wikipedia, Battle of Kidal \(2023\)/);
    expect(text).toMatch(/18°\d\d′N/);
    expect(text).toMatch(/1°\d\d′E/);
    const fonts = poppler('pdffonts', page);
    expect(fonts).toMatch(/NotoSans-Regular\S*\s+CID TrueType\s+Identity-H\s+yes/);
  });

  it('embeds the map at the requested resolution', () => {
    const list = poppler('pdfimages', '-list', page).split('\n').slice(2).filter(Boolean);
    const map = list
      .map((l) => l.trim().split(/\s+/))
      .find((c) => c[4] !== undefined && Number(c[3]) > 1000)!;
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi
    expect(map[8]).toBe('jpeg');
    expect(Number(map[12])).toBeCloseTo(200, -0.5);
    expect(Number(map[13])).toBeCloseTo(200, -0.5);
  });

  it('draws a graphic scale of 20 km that measures 40 mm on the page (1:500 000)', () => {
    // 254 dpi: 10 px to the mm.
    const png = join(dir, 'scale');
    poppler('pdftoppm', '-r', '254', '-gray', '-singlefile', '-png', page, png);
    const image = PNG.sync.read(readFileSync(`${png}.png`));
    const words = poppler('pdftotext', '-bbox', page, '-');
    const zero = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>0<\/word>/.exec(words)!;
    expect(words).toMatch(/>20<\/word>\s*<word[^>]*>km<\/word>/);
    const pxPerPt = 254 / 72;
    // The bar is just above its "0": its outline's top and bottom rows are one dark run from end to end,
    // longer than any run in a line of text (the north arrow beside it is apart).
    const top = Math.round(Number(zero[2]) * pxPerPt);
    const from = Math.round(Number(zero[1]) * pxPerPt - 20);
    let length = 0;
    for (let row = top - 40; row < top; row++) {
      let run = 0;
      for (let x = from; x < from + 700; x++) {
        run = image.data[(row * image.width + x) * 4]! < 100 ? run + 1 : 0;
        length = Math.max(length, run);
      }
    }
    expect(length / 10).toBeGreaterThan(39.5);
    expect(length / 10).toBeLessThan(40.5);
  });

  it('makes a booklet of a title page, a page per chapter, the legend and the sources, in French', () => {
    expect(poppler('pdfinfo', booklet)).toMatch(/Pages:\s+11\n/);
    const pageText = (n: number) => poppler('pdftotext', '-f', String(n), '-l', String(n), booklet, '-');
    expect(pageText(1)).toContain('Toute la campagne, à son terme');
    expect(pageText(1)).toContain('Camps');
    for (let i = 1; i <= 8; i++) expect(pageText(i + 1)).toContain(`Chapitre ${i} sur 8`);
    expect(pageText(7)).toContain('Ce qui a changé');
    expect(pageText(7).replace(/\s+/g, ' ')).toMatch(/• Kidal : de CSP-PSD à FAMa–Wagner/);
    expect(pageText(10)).toContain('Légende');
    expect(pageText(11)).toMatch(/^Sources/);
    expect(pageText(11)).toContain('https://');
  });

  it('gives the same bytes when made again from the same inputs', () => {
    const again = join(dir, 'again.pdf');
    exportPdf(['--chapter', 'fall-14nov', '--scale', '500000', '--ppi', '200'], again);
    expect(readFileSync(again).equals(readFileSync(page))).toBe(true);
  }, 400_000);

  it('renders like the golden page (pdftoppm, looked at)', () => {
    const out = join(dir, 'golden');
    poppler('pdftoppm', '-r', '40', '-singlefile', '-png', page, out);
    const actual = PNG.sync.read(readFileSync(`${out}.png`));
    if (UPDATE || !existsSync(GOLDEN)) {
      if (!UPDATE)
        throw new Error(`${GOLDEN} is missing: run with UPDATE=1 and look at it before committing it`);
      mkdirSync(join(ROOT, 'tests', 'handout'), { recursive: true });
      writeFileSync(GOLDEN, PNG.sync.write(actual));
      return;
    }
    const expected = PNG.sync.read(readFileSync(GOLDEN));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const differing = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, {
      threshold: 0.1,
    });
    expect(differing).toBeLessThanOrEqual(actual.width * actual.height * 0.002);
  });
});
