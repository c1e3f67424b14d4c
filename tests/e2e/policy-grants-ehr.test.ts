import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDemo } from '../../scripts/serve-demo.mjs';
import {
  buildPracticeExtension,
  chromiumWithPolicyFrom,
  packExtension,
  serveUpdates,
  whyNoPrivatePolicy,
} from './force-install';

/** The one extension API this test calls from the extension's own page. */
interface ChromeGlobal {
  chrome: {
    permissions: { contains(query: { origins: string[] }): Promise<boolean> };
    management: { getSelf(): Promise<{ installType: string }> };
  };
}

const skipReason = whyNoPrivatePolicy();
if (skipReason) console.warn(`Skipping the force-install policy test: ${skipReason}.`);

/**
 * The practice route that lets Cocreate write into the EHR with no click at all (docs/deploying.md,
 * "A practice build that may write into the EHR"): the practice builds Cocreate with its EHR's
 * site, packs it with its own key, serves it from its own update server, and a real
 * `ExtensionSettings` policy file force-installs it. Chromium then grants the EHR's site with the
 * install. Nothing is pre-granted and nothing on the page or in the panel is clicked to allow it.
 */
describe.skipIf(skipReason !== '')('an EHR site granted by enterprise policy, in real Chromium', () => {
  let scratch: string;
  let demo: { url: string; close: () => Promise<void> };
  let updates: Awaited<ReturnType<typeof serveUpdates>>;
  let context: BrowserContext;
  let extensionId: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'cocreate-force-install-'));
    demo = await serveDemo();
    const ehrOrigin = new URL(demo.url).origin;
    const built = buildPracticeExtension(ehrOrigin, join(scratch, 'out'));
    const { crx, id } = packExtension(built, scratch);
    extensionId = id;
    updates = await serveUpdates(id, '0.1.0', crx);

    const policyDir = join(scratch, 'policies');
    mkdirSync(policyDir);
    const policy = {
      // For the test only: Chromium closes DevTools (and so Playwright) out of the pages of an
      // extension installed by policy unless this allows it (1 = allowed everywhere).
      DeveloperToolsAvailability: 1,
      ExtensionSettings: {
        [id]: { installation_mode: 'force_installed', update_url: updates.updateUrl },
      },
    };
    writeFileSync(join(policyDir, 'cocreate.json'), JSON.stringify(policy));

    context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
      executablePath: chromiumWithPolicyFrom(policyDir, scratch),
      headless: false,
      viewport: { width: 420, height: 900 },
      // Playwright turns extensions and background networking (which fetches force-installed
      // extensions) off by default; a managed PC has both on.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
    });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await updates?.close();
    await demo?.close();
    // The policy lived only in this test's folder (and its mount namespace, gone with Chromium).
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /**
   * The sidebar page, once the policy has installed the extension (Chromium fetches it after it
   * starts, and closes any page of the extension that was open while it installed).
   */
  async function openPanel(): Promise<Page> {
    let panel: Page | null = null;
    await expect
      .poll(
        async () => {
          const page = await context.newPage();
          try {
            await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
            await page.getByLabel('Patient reference').waitFor({ timeout: 10_000 });
            panel = page;
            return true;
          } catch {
            await page.close().catch(() => undefined);
            return false;
          }
        },
        { timeout: 90_000, interval: 1_000 },
      )
      .toBe(true);
    return panel!;
  }

  it('force-installs the practice build from the update server the policy names', async () => {
    const policyPage = await context.newPage();
    await policyPage.goto('chrome://policy');
    // chrome://policy lists what Chromium read from the file (in shadow DOM, which Playwright's
    // text search enters).
    await policyPage.getByText('ExtensionSettings', { exact: true }).first().waitFor({ timeout: 30_000 });
    await policyPage.close();
    const panel = await openPanel();
    expect(updates.requests).toEqual(expect.arrayContaining(['/updates.xml', '/cocreate.crx']));
    // The EHR's site is held from the install: no prompt, no "Always allow".
    const held = await panel.evaluate(
      (origin) =>
        (globalThis as unknown as ChromeGlobal).chrome.permissions.contains({ origins: [`${origin}/*`] }),
      new URL(demo.url).origin,
    );
    expect(held).toBe(true);
    // "admin": installed by enterprise policy, not loaded by hand or from a store.
    const self = await panel.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.management.getSelf(),
    );
    expect(self.installType).toBe('admin');
    await panel.close();
  });

  it('with no click to allow anything, Insert writes the plan into the EHR field and reads it back', async () => {
    const panel = await openPanel();
    await panel.getByLabel('Patient reference').fill('AE 1961');
    await panel.keyboard.press('Alt+5');
    await panel
      .getByRole('heading', { level: 2, name: '5. Agreeing the way forward' })
      .waitFor({ timeout: 15_000 });
    await panel.getByLabel(/^Goal/).fill('Walk to the allotment\nwithout stopping');
    await panel.getByLabel('First action').fill('Walk for 10 minutes after lunch');
    await panel.getByLabel('Plan agreed with the patient').check();
    await panel.getByRole('radio', { name: 'Clinician note' }).check();
    const preview = panel.getByRole('region', { name: 'Clinician note preview' });
    await preview.getByText(/Walk for 10/).waitFor({ timeout: 15_000 });
    const note = (await preview.locator('pre').textContent()) ?? '';

    const ehr = await context.newPage();
    await ehr.goto(demo.url, { timeout: 60_000 });
    await ehr.locator('body[data-editors-ready="true"]').waitFor({ timeout: 30_000 });
    await ehr.locator('#note-textarea').click();
    // Turning to the panel (headless Chromium needs the focus event a real click gives it).
    await panel.bringToFront();
    await panel.evaluate(() => window.dispatchEvent(new Event('focus')));
    const target = panel.locator('[data-insert-target]');
    await expect.poll(() => target.textContent(), { timeout: 15_000 }).toContain('Free-text note');
    expect(await panel.getByRole('button', { name: /^Always allow/ }).count()).toBe(0);

    await panel.getByRole('button', { name: /^Insert clinician note into the EHR/ }).click();
    const status = panel.getByRole('status').filter({ hasText: /Inserted|Nothing|Copied/ });
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toContain('Inserted into Free-text note');
    expect(await ehr.locator('#note-textarea').inputValue()).toBe(note);
    expect(note).toContain('without stopping');
  });
});
