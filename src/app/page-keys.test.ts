import { describe, expect, it } from 'vitest';
import { pageKeyAction, type KeyLike } from './page-keys';

const press = (key: string, o: Partial<KeyLike> = {}): KeyLike => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...o,
});

describe('the page shortcuts', () => {
  it('step time with nothing focused, and on a button', () => {
    expect(pageKeyAction(press('ArrowRight'), 'page', false)).toEqual({
      kind: 'time',
      key: 'ArrowRight',
      shift: false,
    });
    expect(pageKeyAction(press('ArrowLeft', { shiftKey: true }), 'control', false)).toEqual({
      kind: 'time',
      key: 'ArrowLeft',
      shift: true,
    });
    expect(pageKeyAction(press('End'), 'page', false)).toEqual({ kind: 'time', key: 'End', shift: false });
  });

  it('leave the arrows to the map while it has focus, but not the other keys', () => {
    expect(pageKeyAction(press('ArrowRight'), 'map', false)).toBeUndefined();
    expect(pageKeyAction(press(']'), 'map', false)).toEqual({ kind: 'event', direction: 1 });
    expect(pageKeyAction(press(' '), 'map', false)).toEqual({ kind: 'play' });
  });

  it('leave every key to a text field, and modified keys to the browser', () => {
    for (const key of ['ArrowRight', ' ', '[', 'g', 'PageDown'])
      expect(pageKeyAction(press(key), 'text', false)).toBeUndefined();
    expect(pageKeyAction(press('ArrowRight', { ctrlKey: true }), 'page', false)).toBeUndefined();
  });

  it('let a button take Space, and the presenter its own keys but G', () => {
    expect(pageKeyAction(press(' '), 'control', false)).toBeUndefined();
    expect(pageKeyAction(press('PageUp'), 'page', false)).toEqual({ kind: 'chapter', direction: -1 });
    expect(pageKeyAction(press('ArrowRight'), 'page', true)).toBeUndefined();
    expect(pageKeyAction(press('G'), 'page', true)).toEqual({ kind: 'legend' });
  });
});
