import { build } from 'esbuild';
import type { Page } from 'playwright-core';

const bundles = new Map<string, string>();

/**
 * Runs lib/ code inside an extension page: bench/browser/in-bundle/<name>.ts is
 * bundled with esbuild (Dexie and all) and evaluated through CDP, which the
 * extension's CSP allows, while the page's own <script> stays untouched.
 */
export async function runBundleInPage<T>(page: Page, name: string, arg: unknown): Promise<T> {
  let code = bundles.get(name);
  if (code === undefined) {
    const result = await build({
      entryPoints: [new URL(`./in-bundle/${name}.ts`, import.meta.url).pathname],
      bundle: true,
      format: 'iife',
      globalName: '__benchBundle',
      target: 'chrome120',
      write: false,
      logLevel: 'silent',
    });
    code = result.outputFiles[0]?.text ?? '';
    bundles.set(name, code);
  }
  return await page.evaluate(
    `(async () => { ${code}; return await __benchBundle.default(${JSON.stringify(arg)}); })()`,
  );
}
