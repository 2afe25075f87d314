import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

function ok(text: string) {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(`line ${r.line}: ${r.message.en}`);
  return r;
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, and keeps each record’s first line', () => {
    const r = ok('a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",z\n\n3,,""\n');
    expect(r.header).toEqual(['a', 'b', 'c']);
    expect(r.records).toEqual([
      { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
      { line: 3, fields: ['2', 'two\nlines', 'z'] },
      { line: 6, fields: ['3', '', ''] },
    ]);
  });

  it('drops a BOM and reads a last line without a line end', () => {
    const r = ok('\uFEFFid,name\n1,"last"');
    expect(r.header).toEqual(['id', 'name']);
    expect(r.records).toEqual([{ line: 2, fields: ['1', 'last'] }]);
  });

  it('detects semicolon- and tab-separated exports', () => {
    expect(ok('a;b\n1;"2;3"\n').records[0]?.fields).toEqual(['1', '2;3']);
    expect(ok('a\tb\n1\t2\n').records[0]?.fields).toEqual(['1', '2']);
  });

  it('keeps quoted empty fields in place', () => {
    expect(ok('a,b,c\n"",x,""\n').records[0]?.fields).toEqual(['', 'x', '']);
  });

  it('reports an unclosed quote at the line it opens', () => {
    expect(parseCsv('a,b\n1,2\n3,"never\nends\n')).toEqual({
      ok: false,
      line: 3,
      message: {
        en: 'a closing quote for the field opened here',
        fr: 'un guillemet fermant pour le champ ouvert ici',
      },
      near: '"never\nends\n',
    });
  });

  it('reports text after a closing quote', () => {
    const r = parseCsv('a,b\n"x"y,2\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.line).toBe(2);
  });

  it('reports an empty file', () => {
    expect(parseCsv('')).toMatchObject({ ok: false, line: 1 });
  });
});
