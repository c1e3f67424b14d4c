import type { Page } from 'playwright-core';
import { launch, type Session } from '../../tests/e2e/harness';
import { inPageSource, runInPage } from './in-page';

/** Text put in every field of the restored draft, so "the draft is on screen" is checkable. */
export const DRAFT_MARKER = 'Bench draft 4721';

/** The benchmark build's baseline pages (bench/pages/, copied by wxt.config.ts). */
export const BLANK_PAGE = 'bench-blank.html';
export const ONE_SCRIPT_PAGE = 'bench-one-script.html';
export const PANEL_PAGE = 'sidepanel.html';

export interface BenchSession {
  session: Session;
  url(page: string): string;
  /** Runs a bench/browser/in-page/*.mjs function in a fresh extension page (the blank one). */
  inExtension<T>(name: string, arg?: unknown): Promise<T>;
  close(): Promise<void>;
}

/**
 * Chromium exactly as the e2e tests launch it (tests/e2e/harness.ts), plus the
 * ready probe in every page. Opening the side panel once creates the database.
 */
export async function startBenchSession(): Promise<BenchSession> {
  const session = await launch();
  await session.context.addInitScript({
    content: inPageSource('ready-probe', {
      marker: DRAFT_MARKER,
      markerPages: [`/${PANEL_PAGE}`],
      markerScope: '.step',
    }),
  });
  const url = (page: string) => `chrome-extension://${session.extensionId}/${page}`;
  const first = await session.openSidePanel();
  await first.getByRole('button').first().waitFor();
  await first.close();
  return {
    session,
    url,
    async inExtension<T>(name: string, arg?: unknown) {
      const page = await session.openExtensionPage(BLANK_PAGE);
      try {
        return await runInPage<T>(page, name, arg);
      } finally {
        await page.close();
      }
    },
    close: () => session.close(),
  };
}

/**
 * Polls an expression until it is truthy. (page.waitForFunction with a string
 * would eval() inside the page, which the extension's CSP forbids; CDP's
 * evaluate, used here, is allowed.) The value is recorded in-page, so polling
 * latency does not enter any figure.
 */
export async function pollInPage<T>(tab: Page, expression: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = (await tab.evaluate(expression)) as T | undefined;
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${expression}`);
    await tab.waitForTimeout(25);
  }
}

/**
 * How long after navigation the first poll waits. Asking the page anything makes Playwright set up
 * its helper script in it first, 8–15 ms of the page's main thread (a trace shows it). The blank
 * page is ready before the first poll would land; the side panel, still loading, would pay for it.
 * Nothing a clinician's browser ever does, so no poll lands before either page is ready: the
 * ready time is recorded in the page, and a later poll reads the same value.
 */
const QUIET_AFTER_NAVIGATION_MS = 1000;

/**
 * Opens `page` in a new tab and returns the in-page time (ms since navigation
 * start) of the first frame in which it was ready, per ready-probe.mjs.
 */
export async function timeOpen(
  bench: BenchSession,
  page: string,
  keepOpen = false,
): Promise<{ ms: number; tab: Page }> {
  const tab = await bench.session.context.newPage();
  await tab.goto(bench.url(page), { waitUntil: 'commit' });
  await tab.waitForTimeout(QUIET_AFTER_NAVIGATION_MS);
  const ms = await pollInPage<number>(tab, 'window.__benchReady');
  if (!keepOpen) await tab.close();
  return { ms, tab };
}
