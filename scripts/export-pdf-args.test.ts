import { describe, expect, it } from 'vitest';
import { parseExportArgs } from './export-args.mjs';

describe('npm run export -- --format pdf arguments', () => {
  it('takes a chapter at a true scale with the defaults of a printed page', () => {
    expect(
      parseExportArgs(['--chapter', 'fall-14nov', '--scale', '500000', '--out', 'fall.pdf']),
    ).toMatchObject({
      format: 'pdf',
      paper: 'a4',
      orientation: 'landscape',
      margin: 10,
      scale: 500000,
      ppi: 300,
      booklet: false,
      chapter: 'fall-14nov',
    });
  });

  it('takes a booklet on A3 portrait at 200 ppi, and a moment for a single page', () => {
    const booklet = parseExportArgs([
      '--booklet',
      '--paper',
      'a3',
      '--orientation',
      'portrait',
      '--ppi',
      '200',
      '--out',
      'b.pdf',
    ]);
    expect(booklet).toMatchObject({ booklet: true, paper: 'a3', orientation: 'portrait', ppi: 200 });
    expect(parseExportArgs(['--time', '2023-11-13T12:00Z', '--out', 'x.pdf'])).toMatchObject({
      time: Date.parse('2023-11-13T12:00Z'),
    });
  });

  it.each([
    [['--paper', 'a5', '--out', 'x.pdf'], /--paper must be a4, a3 or letter/],
    [['--ppi', '150', '--out', 'x.pdf'], /--ppi must be a number from 200 to 600/],
    [['--scale', 'big', '--out', 'x.pdf'], /--scale must be a number/],
    [['--booklet', '--chapter', 'fall-14nov', '--out', 'x.pdf'], /--booklet has a page per chapter/],
    [['--time', '2023-11-13', '--chapter', 'x', '--out', 'x.pdf'], /either --time or --chapter/],
    [['--size', '800x600', '--out', 'x.pdf'], /--size does not apply to a pdf handout/],
    [
      ['--scale', '500000', '--time', '2023-11-13', '--out', 'x.png'],
      /--scale applies to a pdf handout only/,
    ],
  ])('rejects %j', (args, message) => {
    expect(() => parseExportArgs(args)).toThrow(message);
  });
});
