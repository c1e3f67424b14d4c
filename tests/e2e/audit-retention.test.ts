import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

/**
 * Retention (docs/privacy.md, "For how long"): after the practice's number of days (90 by default)
 * the typed text goes and only the audit row stays; the clinician sees what
 * will go and confirms first. Also the PDSA log kept beside the audit.
 */
const OLD = { ref: 'RT1960', text: 'Gardening with my grandchildren', on: new Date('2026-03-02T10:00:00Z') };
const RECENT = { ref: 'RT1970', text: 'Swimming on Sunday mornings', on: new Date('2026-05-01T10:00:00Z') };
const AUDIT_ON = new Date('2026-06-15T10:00:00Z');

interface StoredConsultation {
  id: string;
  patientRef: string;
  purgedAt: string | null;
  agenda: { whatMatters: string };
}

async function openAt(session: Session, path: string, at: Date): Promise<Page> {
  const page = await session.context.newPage();
  await page.clock.setFixedTime(at);
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/** Every stored consultation, read straight from the extension's IndexedDB. */
function storedConsultations(page: Page): Promise<StoredConsultation[]> {
  return page.evaluate(
    () =>
      new Promise<StoredConsultation[]>((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const request = open.result.transaction('consultations').objectStore('consultations').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as StoredConsultation[]);
          };
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        };
      }),
  );
}

async function typeConsultation(panel: Page, ref: string, text: string): Promise<void> {
  await panel.getByLabel('Patient reference').fill(ref);
  await panel.getByLabel('What matters to the patient').fill(text);
  await expect
    .poll(() => panel.locator('[data-save-status]').getAttribute('data-save-status'), { timeout: 15_000 })
    .toBe('saved');
}

describe('audit page: retention and PDSA log in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('shows which consultations are due and purges their text only after confirmation', async () => {
    // The recent consultation first, then the old one, so the old one is the open draft
    // whose safety copy sits in localStorage.
    const recent = await openAt(session, 'sidepanel.html', RECENT.on);
    await typeConsultation(recent, RECENT.ref, RECENT.text);
    await recent.close();
    const old = await openAt(session, 'sidepanel.html', OLD.on);
    await old.getByRole('button', { name: 'Start new consultation' }).click();
    await old.getByRole('button', { name: 'Yes, start new' }).click();
    await expect.poll(() => old.getByLabel('Patient reference').inputValue(), { timeout: 15_000 }).toBe('');
    await typeConsultation(old, OLD.ref, OLD.text);
    // The side panel stays open on the old consultation while the audit page purges it.

    const audit = await openAt(session, 'audit.html', AUDIT_ON);
    const retention = audit.getByRole('region', { name: 'Old consultation text' });
    await expect.poll(() => retention.innerText(), { timeout: 15_000 }).toContain('1 consultation is due');
    expect(await retention.getByRole('listitem').allInnerTexts()).toEqual([
      'Started 2 March 2026, last reviewed or changed 2 March 2026',
    ]);

    // Asking is not confirming: "Not now" leaves everything as it was.
    await retention.getByRole('button', { name: 'Remove text from 1 consultation…' }).click();
    await retention.getByRole('button', { name: 'Not now' }).click();
    expect((await storedConsultations(audit)).every((c) => c.purgedAt === null)).toBe(true);

    await retention.getByRole('button', { name: 'Remove text from 1 consultation…' }).click();
    await retention.getByRole('button', { name: 'Yes, remove the text now' }).click();
    await expect
      .poll(() => retention.innerText(), { timeout: 15_000 })
      .toContain('Removed the typed text from 1 consultation.');
    expect(await retention.innerText()).toContain('Nothing is due for removal.');

    // The open side panel takes the purge instead of saving its old text back.
    await expect
      .poll(() => old.getByLabel('What matters to the patient').inputValue(), { timeout: 15_000 })
      .toBe('(removed)');
    expect(await old.getByLabel('Patient reference').inputValue()).toBe('');
    await old.close();

    const stored = await storedConsultations(audit);
    const purged = stored.filter((c) => c.purgedAt !== null);
    expect(purged).toHaveLength(1);
    expect(purged[0]).toMatchObject({ patientRef: '', agenda: { whatMatters: '(removed)' } });
    expect(stored.find((c) => c.purgedAt === null)).toMatchObject({
      patientRef: RECENT.ref,
      agenda: { whatMatters: RECENT.text },
    });
    // The sidebar's safety copy of that draft went too.
    const local = await audit.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(local).not.toContain(OLD.text);
    expect(local).not.toContain(OLD.ref);
    // The audit still counts it.
    await audit.getByLabel('From', { exact: true }).fill('2026-03-01');
    await expect.poll(() => audit.getByRole('definition').first().innerText(), { timeout: 15_000 }).toBe('2');
    await audit.close();

    // Reopened, the sidebar shows the purged consultation without its text.
    const reopened = await openAt(session, 'sidepanel.html', AUDIT_ON);
    await expect
      .poll(() => reopened.locator('[data-save-status]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await reopened.getByLabel('Patient reference').inputValue()).toBe('');
    expect(await reopened.getByLabel('What matters to the patient').inputValue()).toBe('(removed)');
    await reopened.close();
    expect(session.offMachineRequests).toEqual([]);
  });

  it('opens from the sidebar header', async () => {
    const panel = await session.openSidePanel();
    const [audit] = await Promise.all([
      session.context.waitForEvent('page', { timeout: 15_000 }),
      panel
        .getByRole('navigation', { name: 'Cocreate pages' })
        .getByRole('button', { name: 'My audit' })
        .click(),
    ]);
    await audit.waitForURL(/\/audit\.html$/, { timeout: 15_000 });
    await audit.getByRole('heading', { name: 'My audit', level: 1 }).waitFor({ timeout: 15_000 });
    await audit.close();
    await panel.close();
  });

  it('keeps a PDSA cycle in the improvement log', async () => {
    const audit = await openAt(session, 'audit.html', AUDIT_ON);
    await audit.getByRole('button', { name: 'Add a PDSA cycle' }).click();
    const form = audit.getByRole('form', { name: 'PDSA cycle' });
    await form.getByLabel(/^Aim/).fill('More plans reviewed against baseline');
    await form.getByLabel(/^Change/).fill('Record a baseline in every agreed plan');
    await form.getByLabel(/^Prediction/).fill('Half of reviews show a change in the own measure');
    await form.getByRole('button', { name: 'Save cycle' }).click();

    await audit.reload();
    const entry = audit.getByRole('article', { name: 'PDSA cycle: More plans reviewed against baseline' });
    await expect
      .poll(() => entry.innerText(), { timeout: 15_000 })
      .toContain('Record a baseline in every agreed plan');
    await audit.close();
    expect(session.offMachineRequests).toEqual([]);
  });
});
