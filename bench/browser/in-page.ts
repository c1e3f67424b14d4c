import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * Code that runs inside Chromium lives in bench/browser/in-page/*.mjs and is
 * sent as text. Passing TypeScript functions to page.evaluate() does not work
 * under tsx: its esbuild transform wraps inner functions in a `__name()` helper
 * that does not exist in the page.
 */
export function inPageSource(name: string, arg: unknown): string {
  const file = readFileSync(new URL(`./in-page/${name}.mjs`, import.meta.url), 'utf8');
  const body = file.replace(/^export default /m, '');
  return `(${body})(${JSON.stringify(arg)})`;
}

export async function runInPage<T>(page: Page, name: string, arg: unknown = null): Promise<T> {
  return await page.evaluate(inPageSource(name, arg));
}
