import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickSteady,
  getButton,
  getByLabel,
  hasFirefox,
  launchFirefox,
  poll,
  FIREFOX_PATH,
  type FirefoxSession,
} from './firefox/harness';

if (!hasFirefox())
  console.warn(`Skipping the Firefox tests: no Firefox at ${FIREFOX_PATH} (set FIREFOX_PATH).`);

interface StoredConsultation {
  patientRef: string;
  agenda: { whatMatters: string };
  agreement: { goal: string; firstAction: string };
}

/** Every consultation in the add-on's database, read straight from IndexedDB. */
function storedConsultations(page: Page): Promise<StoredConsultation[]> {
  return page.evaluate(
    () =>
      new Promise<StoredConsultation[]>((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('consultations').objectStore('consultations').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as StoredConsultation[]);
          };
        };
      }),
  );
}

/** The Firefox build (MV2 sidebar) in Debian's Firefox ESR, driven over WebDriver BiDi (docs/deploying.md, "Firefox"). */
describe.skipIf(!hasFirefox())('the Firefox build in a real Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('runs one consultation in the sidebar page, copies the plan, and stores it', async () => {
    const panel = await session.openExtensionPage('sidepanel.html');
    await (await getByLabel(panel, 'Patient reference')).type('AB 1950');
    await (await getByLabel(panel, 'What matters to the patient')).type('Walking to the allotment');
    await (await getButton(panel, /^\S?\s*5\. Agreeing the way forward/)).click();
    await (await getByLabel(panel, 'Goal')).type('Walk 20 minutes every day by March');
    await (await getByLabel(panel, 'First action')).type('Walk to the corner shop and back');
    await poll(
      () =>
        panel.evaluate(
          () => document.querySelector('[data-save-status]')?.getAttribute('data-save-status') === 'saved',
        ),
      'the consultation to be saved',
    );

    // The plan copy: the agreed plan's plain text onto the clipboard, read back from a web page.
    await clickSteady(await getButton(panel, /^Copy plain text/));
    // What the panel said: a failed copy fails here with the panel's own words.
    let said = '';
    await poll(async () => {
      said = await panel.evaluate(() =>
        [...document.querySelectorAll('[role="status"], [role="alert"]')]
          .map((el) => el.textContent)
          .join(' | '),
      );
      return /Copied|did not work/.test(said);
    }, 'the panel to say what the copy did');
    expect(said).toContain('Copied as plain text');
    const ehr = await session.openDemoEhr();
    let copied = '';
    let readError = '';
    await poll(async () => {
      copied = await ehr
        .evaluate(() => navigator.clipboard.readText())
        .catch((error: unknown) => {
          readError = String(error);
          return '';
        });
      return copied.includes('Walk 20 minutes every day by March');
    }, 'the plan on the clipboard').catch((error: unknown) => {
      throw new Error(
        `${String(error)}; clipboard held ${JSON.stringify(copied.slice(0, 80))}; last read error: ${readError}`,
      );
    });
    expect(copied).toContain('Walk to the corner shop and back');
    await ehr.close();
    await panel.close();

    // Stored in the add-on's IndexedDB, where a reopened sidebar finds it. (Which consultation a
    // reopened sidebar shows first is the side panel's own choice, tested in Chromium.)
    const reopened = await session.openExtensionPage('sidepanel.html');
    let stored: StoredConsultation | undefined;
    await poll(async () => {
      stored = (await storedConsultations(reopened)).find((c) => c.patientRef === 'AB 1950');
      return stored?.agreement.goal === 'Walk 20 minutes every day by March';
    }, 'the consultation in IndexedDB');
    expect(stored?.agenda.whatMatters).toBe('Walking to the allotment');
    expect(stored?.agreement.firstAction).toBe('Walk to the corner shop and back');
    expect(session.offMachineRequests).toEqual([]);
  });

  it('opens the settings page with every setting editable when no policy is set', async () => {
    const options = await session.openExtensionPage('options.html');
    const practice = await getByLabel(options, 'Practice name');
    expect(await practice.evaluate((element) => (element as HTMLInputElement).disabled)).toBe(false);
    await practice.type('Riverside Surgery');
    await (await getButton(options, 'Save settings')).click();
    await poll(
      () => options.evaluate(() => document.body.textContent?.includes('Settings saved.') ?? false),
      'the settings to be saved',
    );
    expect(session.offMachineRequests).toEqual([]);
  });
});
