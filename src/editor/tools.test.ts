import { describe, expect, it } from 'vitest';
import { editorKey, TOOLS } from './tools';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => editorKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('editor keys', () => {
  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y (Cmd on a Mac)', () => {
    expect(press('z', { ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toEqual({ kind: 'redo' });
    expect(press('y', { ctrlKey: true })).toEqual({ kind: 'redo' });
    expect(press('z', { metaKey: true })).toEqual({ kind: 'undo' });
  });

  it('has one distinct key per tool, and Delete, Escape', () => {
    expect(new Set(TOOLS.map((t) => t.key)).size).toBe(TOOLS.length);
    expect(press('m')).toEqual({ kind: 'tool', tool: 'movement' });
    expect(press('Delete')).toEqual({ kind: 'delete' });
    expect(press('Escape')).toEqual({ kind: 'deselect' });
    expect(press('m', { ctrlKey: true })).toBeUndefined();
    expect(press('q')).toBeUndefined();
  });
});
