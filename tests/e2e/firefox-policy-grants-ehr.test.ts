import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDemo } from '../../scripts/serve-demo.mjs';
import {
  getButton,
  getByLabel,
  hasFirefox,
  launchFirefox,
  poll,
  FIREFOX_PATH,
  type FirefoxSession,
} from './firefox/harness';
import { buildPracticeExtension, inPrivateMount, whyNoPrivatePolicy } from './force-install';

/**
 * Firefox reads enterprise policy from policies.json in its installation's `distribution` folder
 * (as tests/e2e/firefox-managed-policy.test.ts and docs/deploying.md do).
 */
const DISTRIBUTION_DIR = hasFirefox()
  ? realpathSync(join(dirname(realpathSync(FIREFOX_PATH)), 'distribution'))
  : '';

/** The one add-on API this test calls from the add-on's own page. */
interface FirefoxGlobal {
  browser: { management: { getSelf(): Promise<{ installType: string }> } };
}

const skipReason = !hasFirefox() ? 'no Firefox' : whyNoPrivatePolicy();
if (skipReason) console.warn(`Skipping the Firefox force-install policy test: ${skipReason}.`);

/**
 * The practice build for Firefox (COCREATE_EHR_SITES), force-installed by a real policies.json
 * `ExtensionSettings` entry: Firefox grants the listed EHR site with the install, so Insert writes
 * with no click (docs/deploying.md, "A practice build that may write into the EHR"). Firefox ESR
 * installs an unsigned add-on only with `xpinstall.signatures.required` off, which this profile sets;
 * a practice signs its build on addons.mozilla.org instead.
 */
describe.skipIf(skipReason !== '')('an EHR site granted by Firefox enterprise policy', () => {
  let scratch: string;
  let demo: { url: string; close: () => Promise<void> };
  let session: FirefoxSession;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'cocreate-ff-force-install-'));
    demo = await serveDemo();
    const built = buildPracticeExtension(new URL(demo.url).origin, join(scratch, 'out'), 'firefox');
    execFileSync(
      resolve('node_modules/.bin/web-ext'),
      ['build', '-s', built, '-a', scratch, '-n', 'cocreate.xpi'],
      { stdio: 'ignore' },
    );
    const distribution = join(scratch, 'distribution');
    mkdirSync(distribution);
    const policies = {
      policies: {
        ExtensionSettings: {
          'cocreate@cocreate.example': {
            installation_mode: 'force_installed',
            install_url: pathToFileURL(join(scratch, 'cocreate.xpi')).href,
          },
        },
      },
    };
    writeFileSync(join(distribution, 'policies.json'), JSON.stringify(policies));
    session = await launchFirefox({
      executablePath: inPrivateMount(FIREFOX_PATH, distribution, DISTRIBUTION_DIR, scratch),
      installBuild: false,
      prefs: { 'xpinstall.signatures.required': false },
    });
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    await demo?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('with no click to allow anything, Insert writes the plan into the EHR field', async () => {
    // Firefox installs the policy's add-on as it starts; its pages exist once that is done.
    let panel: Page | undefined;
    for (let attempt = 0; attempt < 3 && !panel; attempt += 1)
      panel = await session.openExtensionPage('sidepanel.html').catch(() => undefined);
    expect(panel, 'the add-on installed by policy').toBeDefined();
    // "admin": installed by enterprise policy (nothing else installed it in this profile).
    const installType = await panel!.evaluate(() =>
      (globalThis as unknown as FirefoxGlobal).browser.management.getSelf().then((self) => self.installType),
    );
    expect(installType).toBe('admin');
    await (await getByLabel(panel!, 'Patient reference')).type('AE 1961');
    await (await getButton(panel!, /^\S?\s*5\. Agreeing the way forward/)).click();
    await (await getByLabel(panel!, 'Goal')).type('Walk to the allotment');
    await (await getByLabel(panel!, 'First action')).type('Walk for 10 minutes after lunch');
    await (await getByLabel(panel!, 'Plan agreed with the patient')).click();
    await (await getByLabel(panel!, 'Clinician note')).click();
    let note = '';
    await poll(async () => {
      note = await panel!.evaluate(
        () => document.querySelector('[aria-label="Clinician note preview"] pre')?.textContent ?? '',
      );
      // The agreed plan, not the draft the preview showed a pause before (it follows changes after one).
      return note.startsWith('Agreed plan') && note.includes('Walk for 10 minutes');
    }, 'the clinician note preview');

    const ehr = await session.openDemoEhr();
    await poll(() => ehr.evaluate(() => document.body.dataset.editorsReady === 'true'), 'the EHR', 60_000);
    await (await ehr.$('#note-textarea'))!.click();
    await panel!.bringToFront();
    await panel!.evaluate(() => window.dispatchEvent(new Event('focus')));
    let shown = '';
    await poll(
      async () =>
        (shown = await panel!.evaluate(
          () => document.querySelector('[data-insert-target]')?.textContent ?? '',
        )).includes('Free-text note'),
      'the chosen field beside Insert',
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; beside Insert: ${shown}`);
    });
    expect(
      await panel!.evaluate(() =>
        [...document.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Always allow')),
      ),
    ).toBe(false);
    await (await getButton(panel!, /^Insert clinician note into the EHR/)).click();
    let said = '';
    await poll(async () => {
      said = await panel!.evaluate(() =>
        [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? '').join(' | '),
      );
      return /Inserted into|Nothing|Copied/.test(said);
    }, 'the panel to say what Insert did');
    expect(said).toContain('Inserted into Free-text note');
    expect(await ehr.$eval('#note-textarea', (el) => (el as HTMLTextAreaElement).value)).toBe(note);
  });
});
