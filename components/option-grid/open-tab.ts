import { browser } from 'wxt/browser';

/** The address of one of our extension pages, e.g. "/grid-view.html?id=knee". */
export function extensionPageUrl(path: string): string {
  // WXT types getURL with the pages it has seen built; ours may be newer than its type list.
  return (browser.runtime.getURL as (p: string) => string)(path);
}

/** Opens an extension page in a new tab beside the EHR (the side panel itself stays open). */
export function openExtensionTab(path: string): void {
  void browser.tabs.create({ url: extensionPageUrl(path) });
}

/** The full-tab, large-print view of one grid; `print` asks that page to print once it has drawn. */
export function gridViewPath(id: string, { print = false } = {}): string {
  return `/grid-view.html?id=${encodeURIComponent(id)}${print ? '&print=1' : ''}`;
}
