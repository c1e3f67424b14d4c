import type { browser as extensionBrowser } from 'wxt/browser';
import type { Language } from '../../lib/i18n/types';

type Browser = typeof extensionBrowser;

/** The hand-over page's address for one consultation (ids only: nothing of the record travels). */
export function handOverUrl(browser: Browser, consultationId: string, language: Language): string {
  const page = (browser.runtime.getURL as (path: string) => string)('/collaborate.html');
  return `${page}?id=${encodeURIComponent(consultationId)}&lang=${language}`;
}

/**
 * Opens the hand-over screen in a window of its own, full screen: it covers the EHR and,
 * being a popup, has no side panel, so nothing of the record shows beside the questions
 * (docs/collaborate.md). A browser that refuses full screen gets a maximised window.
 */
export async function openHandOver(
  browser: Browser,
  consultationId: string,
  language: Language,
): Promise<number | undefined> {
  const url = handOverUrl(browser, consultationId, language);
  try {
    return (await browser.windows.create({ url, type: 'popup', state: 'fullscreen', focused: true }))?.id;
  } catch {
    return (await browser.windows.create({ url, type: 'popup', state: 'maximized', focused: true }))?.id;
  }
}

/** Closes the hand-over tab (and so its window), back to the clinician's window. */
export async function closeHandOver(browser: Browser): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}
