import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type Session } from './harness';

/**
 * The built extension as it is after the clinician has answered "Allow" once to the
 * optional host-permission prompt for the demo EHR's site (http://127.0.0.1). Headless
 * Chromium cannot show that prompt to a test, and activeTab is granted only by a real
 * click on the toolbar icon, so the copy lists the one origin as granted. The product's
 * own manifest is untouched: it keeps no host permissions at all.
 */
export function extensionAllowedOnDemoSite(): { dir: string; remove: () => void } {
  const parent = mkdtempSync(join(tmpdir(), 'cocreate-allowed-'));
  const dir = join(parent, 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** Launches Chromium with that copy (the later --load-extension switch replaces the harness's). */
export async function launchAllowed(): Promise<{ session: Session; remove: () => void }> {
  const copy = extensionAllowedOnDemoSite();
  const session = await launch({
    extraArgs: [`--disable-extensions-except=${copy.dir}`, `--load-extension=${copy.dir}`],
  });
  return { session, remove: copy.remove };
}

/** The page as an A4 PDF through Chromium's own print pipeline (print media, CSS page size). */
export async function printToPdf(page: Page): Promise<Buffer> {
  const cdp = await page.context().newCDPSession(page);
  const { data } = (await cdp.send('Page.printToPDF', { preferCSSPageSize: true })) as { data: string };
  await cdp.detach();
  return Buffer.from(data, 'base64');
}

/** All the text of a PDF, and the size of its first page in points. */
export async function readPdf(pdf: Buffer): Promise<{ text: string; width: number; height: number }> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const [, , width = 0, height = 0] = (await document.getPage(1)).view;
  return { text: parts.join('\n').replace(/\s+/g, ' '), width, height };
}
