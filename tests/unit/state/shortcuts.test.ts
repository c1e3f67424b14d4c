import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from '../../../lib/state/shortcuts';

const key = (code: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  altKey: true,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  code,
  ...mods,
});

describe('sidebar shortcuts', () => {
  it.each([
    ['Digit1', { kind: 'go', element: 'preparation' }],
    ['Digit4', { kind: 'go', element: 'options' }],
    ['Digit7', { kind: 'go', element: 'review' }],
    ['KeyN', { kind: 'next' }],
    ['KeyP', { kind: 'previous' }],
    ['KeyZ', { kind: 'undo' }],
  ])('Alt+%s', (code, action) => {
    expect(shortcutFor(key(code))).toEqual(action);
  });

  it.each([
    ['Digit8', {}],
    ['Digit1', { altKey: false }],
    ['KeyC', { shiftKey: true }],
    ['KeyN', { ctrlKey: true }],
    ['KeyZ', { metaKey: true }],
    ['ArrowLeft', {}],
  ])('leaves %s %o alone', (code, mods) => {
    expect(shortcutFor(key(code, mods))).toBeNull();
  });
});
