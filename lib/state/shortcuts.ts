import { ELEMENT_IDS, type ElementId } from '../domain/elements';

/** What a key press in the sidebar asks for; null when it is not one of ours. */
export type ShortcutAction =
  { kind: 'go'; element: ElementId } | { kind: 'next' } | { kind: 'previous' } | { kind: 'undo' };

export interface KeyLike {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** Physical key: Alt+digit types other characters on a Mac keyboard, `code` stays "Digit1". */
  code: string;
}

/**
 * Alt+1…Alt+7 go to an element; Alt+N / Alt+P go to the next / previous one on
 * the chosen path; Alt+Z undoes the last change. Alt+Shift+O stays free for the
 * browser command that opens the sidebar; Alt+Left/Right are left alone because
 * browsers use them for back and forward.
 */
export function shortcutFor(key: KeyLike): ShortcutAction | null {
  if (!key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return null;
  const digit = /^Digit([1-7])$/.exec(key.code)?.[1];
  if (digit) {
    const element = ELEMENT_IDS[Number(digit) - 1];
    return element ? { kind: 'go', element } : null;
  }
  if (key.code === 'KeyN') return { kind: 'next' };
  if (key.code === 'KeyP') return { kind: 'previous' };
  if (key.code === 'KeyZ') return { kind: 'undo' };
  return null;
}

/** Shown in the sidebar's "Keyboard shortcuts" list, so the UI documents exactly what works. */
export const SHORTCUT_HELP: readonly { keys: string; does: string }[] = [
  { keys: 'Alt+1 … Alt+7', does: 'Go to element 1 to 7' },
  { keys: 'Alt+N', does: 'Next element on this path' },
  { keys: 'Alt+P', does: 'Previous element on this path' },
  { keys: 'Alt+Z', does: 'Undo the last change' },
  { keys: 'Alt+↑ / Alt+↓', does: 'In an agenda item: move it up or down the priority order' },
  { keys: 'Enter', does: 'In an "add" box: add the item' },
  { keys: 'Alt+Shift+O', does: 'Open the sidebar beside the EHR (browser shortcut)' },
];
