import { browser } from 'wxt/browser';

// WXT types getURL with the pages built so far; the audit page comes from another issue.
const pageUrl = (path: string): string => (browser.runtime.getURL as (p: string) => string)(path);

/** Settings and the clinician's own audit, both extension pages opened in a tab. */
export function HeaderLinks() {
  return (
    <nav class="header-links" aria-label="Cocreate pages">
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        Settings
      </button>
      <button
        type="button"
        class="link-button"
        onClick={() => void browser.tabs.create({ url: pageUrl('/audit.html') })}
      >
        My audit
      </button>
      <button
        type="button"
        class="link-button"
        onClick={() => void browser.tabs.create({ url: pageUrl('/grids.html') })}
      >
        Grid library
      </button>
    </nav>
  );
}
