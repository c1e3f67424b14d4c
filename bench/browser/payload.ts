import { readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../tests/e2e/harness';
import { payloadBreakdown } from '../analysis/payload-breakdown';
import type { Figure } from '../report/figure';
import { seedOpenDraft } from './panel-open';
import { PANEL_PAGE, timeOpen, type BenchSession } from './session';

export interface PayloadFile {
  path: string;
  bytes: number;
  gzip: number;
}

/** Gzip size as a server would send it (zlib's default level 6, one file at a time). */
export function payloadFile(path: string): PayloadFile {
  const content = readFileSync(join(EXTENSION_DIR, path));
  return { path, bytes: content.length, gzip: gzipSync(content).length };
}

/**
 * What the side panel really loads at open: the page and every script and style sheet it
 * requested by the time it was ready plus one second (so a view imported lazily at open, Dexie
 * after the first paint and the retention check still count). Requests are seen by the browser,
 * not listed by the page: Resource Timing leaves out the extension's own files, and a module
 * imported on demand has no tag in the document.
 */
export async function payload(bench: BenchSession): Promise<{ figures: Figure[]; files: PayloadFile[] }> {
  await seedOpenDraft(bench);
  const requested: string[] = [];
  const record = (request: Request) => requested.push(request.url());
  bench.session.context.on('request', record);
  // One open first: Chromium's first read of managed (policy) storage after start-up waits seconds,
  // and the retention check at open waits for it. Warm, it runs as on a PC that has been on all
  // morning; the measured open below then shows whether it loads in the first second.
  const warm = await timeOpen(bench, PANEL_PAGE, true);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !requested.some((url) => url.includes('when-panel-opens'))) {
    await warm.tab.waitForTimeout(250);
  }
  await warm.tab.close();
  requested.length = 0;
  const { tab } = await timeOpen(bench, PANEL_PAGE, true);
  await tab.waitForTimeout(1000);
  await tab.close();
  bench.session.context.off('request', record);
  const urls = [...new Set(requested)].filter((url) => /\.(m?js|css|html)$/.test(new URL(url).pathname));
  const prefix = bench.url('');
  const files = urls
    .filter((url) => url.startsWith(prefix))
    .map((url) => payloadFile(decodeURIComponent(new URL(url).pathname.slice(1))))
    .sort((a, b) => b.gzip - a.gzip);
  const kb = (n: number) => n / 1024;
  const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
  const raw = files.reduce((sum, file) => sum + file.bytes, 0);
  const shares = await payloadBreakdown();
  return {
    files,
    figures: [
      {
        id: 'payload',
        name: 'Initial payload, HTML + JS + CSS (gzip)',
        value: kb(gzip),
        unit: 'KB',
        budget: { max: 60, of: 'value' },
        method:
          "The side panel page and the scripts and style sheets it requested by 1 s after it was ready (Playwright request events: the browser, not the page, lists them), each file gzipped at zlib level 6 from the build and summed. The page counts because it carries the panel's styles.",
        notes: [
          `${files.length} files, ${kb(raw).toFixed(1)} KB before gzip`,
          ...files.map(
            (file) => `${file.path}: ${kb(file.gzip).toFixed(1)} KB gzip (${kb(file.bytes).toFixed(1)} KB)`,
          ),
          `eager code by package (esbuild re-bundle, minified): ${shares
            .map(
              (share) =>
                `${share.name} ${kb(share.bytes).toFixed(1)} KB (${(share.share * 100).toFixed(0)}%)`,
            )
            .join(', ')}`,
        ],
      },
    ],
  };
}
