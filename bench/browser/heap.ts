import type { Page } from 'playwright-core';

/**
 * JS heap in use by the page's renderer after a forced garbage collection
 * (CDP HeapProfiler.collectGarbage, then Performance.getMetrics JSHeapUsedSize).
 * Extension pages can share a renderer, so callers keep only one page open.
 */
export async function usedHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    // Twice: the first pass can leave objects freed only by finalisers of the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
    if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
    return used;
  } finally {
    await cdp.detach();
  }
}
