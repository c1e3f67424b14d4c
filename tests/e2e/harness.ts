import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { serveDemo } from '../../scripts/serve-demo.mjs';

export const EXTENSION_DIR = resolve(process.env.COCREATE_OUT_DIR ?? '.output', 'chrome-mv3');

/** Addresses a request may go to: the extension itself and this machine. */
export function isLocalUrl(url: string): boolean {
  if (/^(chrome-extension|data|blob|about|chrome|devtools):/.test(url)) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  demoUrl: string;
  /** Every request that left (or tried to leave) the machine; tests assert it stays empty. */
  offMachineRequests: string[];
  openSidePanel(): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  openDemoEhr(): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  userDataDir?: string;
  extraArgs?: string[];
}

/** Launches Debian's Chromium headless with the built extension, plus the demo EHR on 127.0.0.1. */
export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'cocreate-e2e-'));
  const demo = await serveDemo();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: { width: 420, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.extraArgs ?? []),
    ],
  });
  const offMachineRequests: string[] = [];
  context.on('request', (request) => {
    if (!isLocalUrl(request.url())) offMachineRequests.push(request.url());
  });
  // Chromium announces a request before its content security policy refuses it; one refused
  // that way never left the machine, so it is taken back off the list.
  context.on('requestfailed', (request) => {
    if (!/^(csp|net::ERR_BLOCKED_BY_(CSP|CLIENT))$/.test(request.failure()?.errorText ?? '')) return;
    const index = offMachineRequests.indexOf(request.url());
    if (index >= 0) offMachineRequests.splice(index, 1);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  }

  return {
    context,
    extensionId,
    userDataDir,
    demoUrl: demo.url,
    offMachineRequests,
    openExtensionPage,
    openSidePanel: () => openExtensionPage('sidepanel.html'),
    async openDemoEhr() {
      const page = await context.newPage();
      await page.goto(demo.url);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      await demo.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
