import { SHORTCUT_HELP } from '../../lib/state/shortcuts';

/** The keyboard shortcuts, listed from the same table the key handler documents. */
export function ShortcutHelp() {
  return (
    <details class="shortcuts">
      <summary>Keyboard shortcuts</summary>
      <dl class="shortcuts__list">
        {SHORTCUT_HELP.map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
