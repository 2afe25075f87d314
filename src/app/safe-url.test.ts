import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

describe('safeUrl', () => {
  it('keeps http(s) links and drops every other scheme', () => {
    expect(safeUrl('https://www.rfi.fr/x')).toBe('https://www.rfi.fr/x');
    expect(safeUrl('HTTP://example.org')).toBe('HTTP://example.org');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });
});
