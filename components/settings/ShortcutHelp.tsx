/** Keyboard help for the panel shortcut (manifest `commands`, wxt.config.ts). */
export function ShortcutHelp({ browserName }: { browserName: 'chrome' | 'firefox' }) {
  return (
    <section class="options-section" aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">Keyboard shortcut</h2>
      <p>
        Press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd> to open the Cocreate{' '}
        {browserName === 'firefox' ? 'sidebar' : 'side panel'}.
      </p>
      {browserName === 'firefox' ? (
        <p>
          To change it, open <code>about:addons</code>, choose the cog menu, then{' '}
          <strong>Manage Extension Shortcuts</strong>.
        </p>
      ) : (
        <p>
          To change it, open <code>chrome://extensions/shortcuts</code> (in Edge,{' '}
          <code>edge://extensions/shortcuts</code>).
        </p>
      )}
    </section>
  );
}
