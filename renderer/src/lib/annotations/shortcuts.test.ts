import { describe, expect, it } from 'vitest';
import { colorKey, isUndo, selectionAction } from './shortcuts.ts';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...mods });

describe('selection shortcuts', () => {
  it('maps 1–5 to the colours and letters to the other actions, in either case', () => {
    expect(selectionAction(key('1'))).toEqual({ kind: 'highlight', color: 'yellow' });
    expect(selectionAction(key('5'))).toEqual({ kind: 'highlight', color: 'purple' });
    expect(selectionAction(key('u'))).toEqual({ kind: 'underline' });
    expect(selectionAction(key('N'))).toEqual({ kind: 'note' });
    expect(selectionAction(key('l'))).toEqual({ kind: 'session' });
    expect(selectionAction(key('c'))).toEqual({ kind: 'copy' });
    expect(selectionAction(key('b'))).toEqual({ kind: 'bookmark' });
    expect(colorKey('blue')).toBe('3');
  });

  it('leaves other keys and modified presses (Ctrl+C) to the browser', () => {
    expect(selectionAction(key('6'))).toBeNull();
    expect(selectionAction(key('x'))).toBeNull();
    expect(selectionAction(key('c', { ctrlKey: true }))).toBeNull();
    expect(selectionAction(key('1', { altKey: true }))).toBeNull();
  });

  it('knows undo on every platform, and not redo', () => {
    expect(isUndo(key('z', { ctrlKey: true }))).toBe(true);
    expect(isUndo(key('Z', { metaKey: true }))).toBe(true);
    expect(isUndo(key('z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isUndo(key('z'))).toBe(false);
  });
});
