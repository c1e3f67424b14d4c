import { useEffect } from 'preact/hooks';
import { shortcutFor, type ShortcutAction } from '../../lib/state/shortcuts';

/** Listens for the sidebar's shortcuts on the whole document (lib/state/shortcuts.ts). */
export function useShortcuts(act: (action: ShortcutAction) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [act]);
}
