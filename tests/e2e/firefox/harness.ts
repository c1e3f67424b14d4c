import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { serveDemo } from '../../../scripts/serve-demo.mjs';
import { isLocalUrl } from '../harness';

/** Debian's Firefox ESR unless FIREFOX_PATH says otherwise; never a downloaded browser. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const hasFirefox = () => existsSync(FIREFOX_PATH);

export const FIREFOX_EXTENSION_DIR = resolve(process.env.COCREATE_OUT_DIR ?? '.output', 'firefox-mv2');

/** The add-on id in wxt.config.ts (browser_specific_settings.gecko.id). */
const ADDON_ID = 'cocreate@cocreate.example';
/**
 * Firefox gives each add-on a random moz-extension:// host per profile; this pref
 * fixes it in advance, so the test knows the sidebar page's address.
 */
const ADDON_UUID = '0f4a7c8e-1b2d-4e6f-9a3c-5d7e8f9a0b1c';

export interface FirefoxSession {
  browser: Browser;
  demoUrl: string;
  /** Every request from a page we opened that left (or tried to leave) the machine. */
  offMachineRequests: string[];
  extensionUrl(path: string): string;
  openExtensionPage(path: string): Promise<Page>;
  openDemoEhr(): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Extra Firefox preferences for this profile (about:config names). */
  prefs?: Record<string, string | number | boolean>;
  /** The program to start instead of FIREFOX_PATH (e.g. a launcher that gives it its own policy). */
  executablePath?: string;
  /** Install the built add-on as a temporary add-on (default); false when policy installs it. */
  installBuild?: boolean;
}

/**
 * Starts Firefox ESR headless over WebDriver BiDi (puppeteer-core) and installs the
 * built add-on temporarily, as about:debugging's "Load Temporary Add-on" does.
 */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'cocreate-ff-'));
  const demo = await serveDemo();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    protocolTimeout: 60_000,
    // WebDriver BiDi refuses to navigate a tab to a moz-extension:// page unless the
    // client is allowed system access (Firefox's remote/…/browsingContext.sys.mjs).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Lets the test read the clipboard from a web page without Firefox's "Paste" prompt.
      'dom.events.testing.asyncClipboard': true,
      ...options.prefs,
    },
  });
  if (options.installBuild ?? true) await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const offMachineRequests: string[] = [];
  const watch = (page: Page) =>
    page.on('request', (request) => {
      if (!isLocalUrl(request.url()) && !request.url().startsWith('moz-extension:'))
        offMachineRequests.push(request.url());
    });
  const extensionUrl = (path: string) => `moz-extension://${ADDON_UUID}/${path}`;

  return {
    browser,
    demoUrl: demo.url,
    offMachineRequests,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      watch(page);
      await gotoExtensionPage(page, extensionUrl(path));
      return page;
    },
    async openDemoEhr() {
      const page = await browser.newPage();
      watch(page);
      await page.goto(demo.url);
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await demo.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The extension page loads in the add-on's own process, and puppeteer never sees that
 * navigation finish (its goto times out although the page is up). So: start it, then
 * wait for the page itself to answer from the new address and to have rendered.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await poll(
    () =>
      page.evaluate(
        (expected) =>
          location.href === expected &&
          document.readyState === 'complete' &&
          document.querySelector('main, form, label') !== null,
        url,
      ),
    `${url} to load`,
  );
}

/**
 * Retries until `check` is true. While a page swaps process an evaluation can fail, or
 * hang until the protocol times out; neither is an error, so each try is cut short.
 */
export async function poll(check: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const attempt = check().catch(() => false);
    const cutShort = new Promise<false>((resolve) => setTimeout(() => resolve(false), 3_000));
    if (await Promise.race([attempt, cutShort])) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
}

/** The control a label or aria-label names, as a screen reader user finds it (waits for it). */
export async function getByLabel(page: Page, text: string): Promise<ElementHandle<HTMLElement>> {
  let found: ElementHandle<HTMLElement> | undefined;
  await poll(async () => {
    const handle = await page.evaluateHandle((wanted) => {
      // A label may hold a hint after its name ("Goal Specific, measurable…"): the name comes first.
      const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
      const labels = [...document.querySelectorAll('label')];
      const label =
        labels.find((l) => clean(l) === wanted) ??
        labels.find((l) => clean(l.firstElementChild) === wanted && l.control !== l.firstElementChild);
      if (label?.control) return label.control;
      // A control named by aria-label instead of a visible label (e.g. the compact appointment clock).
      return (
        [...document.querySelectorAll<HTMLElement>('input, textarea, select')].find(
          (control) => control.getAttribute('aria-label') === wanted,
        ) ?? null
      );
    }, text);
    const element = handle.asElement() as ElementHandle<HTMLElement> | null;
    if (element) found = element;
    return !!element;
  }, `a control labelled "${text}"`);
  return found!;
}

/** A button by its accessible name (text or aria-label), waiting for it. */
export async function getButton(page: Page, name: string | RegExp): Promise<ElementHandle<HTMLElement>> {
  const source = typeof name === 'string' ? `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : name.source;
  let found: ElementHandle<HTMLElement> | undefined;
  await poll(
    async () => {
      const handle = await page.evaluateHandle((pattern) => {
        const wanted = new RegExp(pattern);
        const button = [...document.querySelectorAll('button')].find((b) =>
          wanted.test((b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim()),
        );
        return button ?? null;
      }, source);
      const element = handle.asElement() as ElementHandle<HTMLElement> | null;
      if (element) found = element;
      return !!element;
    },
    `a button named ${String(name)}`,
  );
  return found!;
}

/**
 * Clicks the element once it has stopped moving (two looks a poll apart agree), as Playwright
 * does before every click. A clinician aims at a button they see; puppeteer aims at where it was
 * when asked, and a plan preview re-laid out meanwhile moves the button from under that point.
 */
export async function clickSteady(element: ElementHandle<HTMLElement>): Promise<void> {
  let last = '';
  await poll(async () => {
    await element.scrollIntoView();
    const box = JSON.stringify(await element.boundingBox());
    const still = box === last && box !== 'null';
    last = box;
    return still;
  }, 'the element to stop moving');
  await element.click();
}
