import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Every extension page in the build: each `entrypoints/<name>/index.html` becomes
 * `<name>.html`. Listed from the source tree rather than hard-coded, so a page
 * another engineer adds is covered by the trust and accessibility suites the
 * day it lands.
 */
export function extensionPages(root = resolve('entrypoints')): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'index.html')))
    .map((entry) => `${entry.name}.html`)
    .sort();
}

/**
 * Pages that show one record need its id in the address; everything else opens bare.
 * A page added later without an entry here is still checked, showing its empty state.
 */
const PAGE_QUERIES: Record<string, (page: Page) => Promise<string>> = {
  'grid-view.html': () => Promise.resolve('?id=knee-osteoarthritis'),
  'patient-view.html': async (page) => `?id=${await newestConsultationId(page)}`,
  'preparation.html': async (page) => `?id=${await newestConsultationId(page)}`,
  'collaborate.html': async (page) => `?id=${await newestConsultationId(page)}`,
};

/** Each extension page with the query it needs, e.g. `grid-view.html?id=knee-osteoarthritis`. */
export async function extensionPageUrl(path: string, anyExtensionPage: Page): Promise<string> {
  return path + ((await PAGE_QUERIES[path]?.(anyExtensionPage)) ?? '');
}

/** The id of the most recently updated consultation, read from the extension's own IndexedDB. */
export function newestConsultationId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(new Error('cannot open the database'));
        open.onsuccess = () => {
          const request = open.result
            .transaction('consultations')
            .objectStore('consultations')
            .index('updatedAt')
            .openCursor(null, 'prev');
          request.onsuccess = () => {
            resolve(String((request.result?.value as { id?: string } | undefined)?.id ?? ''));
            open.result.close();
          };
        };
      }),
  );
}

/** Waits until the page's app has rendered its first real content (a heading, a label or an alert). */
export const RENDERED = 'h1, label, [role="alert"]';

/** Plants a `window.__pwned` trap and records every content-security-policy refusal. */
export const TRAP_AND_CSP_LISTENER = `
  window.__pwned = false;
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.effectiveDirective + ' ' + event.blockedURI);
  });
`;
