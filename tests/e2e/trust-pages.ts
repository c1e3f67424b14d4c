import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

/** Plants a `window.__pwned` trap and records every content-security-policy refusal. */
export const TRAP_AND_CSP_LISTENER = `
  window.__pwned = false;
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.effectiveDirective + ' ' + event.blockedURI);
  });
`;
