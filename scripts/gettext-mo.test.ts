import { describe, expect, it } from 'vitest';
import { parseMo } from './gettext-mo.mjs';

// A catalogue written by hand in both byte orders: the header entry, then two ids with their French names.

function mo(entries: [string, string][], little: boolean): Uint8Array {
  const enc = new TextEncoder();
  const strings = entries.map(([k, v]) => [enc.encode(k), enc.encode(v)] as const);
  const tables = 28;
  const data = tables + 16 * entries.length;
  const size = data + strings.reduce((n, [k, v]) => n + k.length + v.length + 2, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const u32 = (at: number, v: number) => view.setUint32(at, v, little);
  u32(0, 0x950412de);
  u32(8, entries.length);
  u32(12, tables);
  u32(16, tables + 8 * entries.length);
  let at = data;
  for (const [i, [k, v]] of strings.entries()) {
    for (const [table, s] of [
      [tables, k],
      [tables + 8 * entries.length, v],
    ] as const) {
      u32(table + 8 * i, s.length);
      u32(table + 8 * i + 4, at);
      bytes.set(s, at);
      at += s.length + 1;
    }
  }
  return bytes;
}

describe('parseMo', () => {
  const entries: [string, string][] = [
    ['', 'Content-Type: text/plain; charset=UTF-8\n'],
    ['104515', 'La Mecque'],
    ['1055429', 'Tuléar'],
  ];

  it.each([true, false])('reads each id to its name, little-endian %s, without the header', (little) => {
    expect([...parseMo(mo(entries, little))]).toEqual([
      ['104515', 'La Mecque'],
      ['1055429', 'Tuléar'],
    ]);
  });

  it('refuses a file that is not a catalogue', () => {
    expect(() => parseMo(new Uint8Array(32))).toThrow(/not a gettext/);
  });
});
