import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Consultation } from '../../lib/domain/consultation';
import { launch, type Session } from './harness';

/**
 * docs/continuity.md, "Checks before anything is kept": plans exported from one browser profile
 * (one PC) for AA 1961 are read into a fresh profile (another PC) whose consultation is for BB 1970
 * (stopped, both references on screen, nothing stored) and for AA 1961 (the control: imported);
 * a draft imports as a draft; hidden-character variants of the note store exactly what the screen
 * showed; a block edited by hand is recognised; a crafted paste answers quickly.
 */
const AGREED_ON = new Date('2026-09-01T10:00:00Z');
const REVIEWED_ON = new Date('2026-10-13T10:00:00Z');
const GOAL = 'Walk to the park and back without stopping';
const files = mkdtempSync(join(tmpdir(), 'cocreate-import-'));
const sessions: Session[] = [];
const exported: Record<'agreed' | 'draft', string> = { agreed: '', draft: '' };
let noteText = '';

async function openAt(session: Session, at: Date): Promise<Page> {
  const page = await session.context.newPage();
  await page.clock.setFixedTime(at);
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  return page;
}

async function goTo(page: Page, element: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Elements' }).getByRole('button', { name: element }).click();
}

/** Every stored consultation, read straight from the extension's database. */
async function allStored(page: Page): Promise<Consultation[]> {
  return page.evaluate(
    () =>
      new Promise<Consultation[]>((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const all = open.result.transaction('consultations').objectStore('consultations').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as Consultation[]);
          };
        };
      }),
  );
}

async function exportFhir(panel: Page, name: string): Promise<{ path: string; suggested: string }> {
  const downloading = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export FHIR (JSON)' }).click();
  const download = await downloading;
  const path = join(files, name);
  await download.saveAs(path);
  return { path, suggested: download.suggestedFilename() };
}

async function reviewFor(session: Session, ref: string): Promise<Page> {
  const panel = await openAt(session, REVIEWED_ON);
  await panel.getByLabel('Patient reference').fill(ref);
  await goTo(panel, /^7\./);
  return panel;
}

afterAll(async () => {
  for (const session of sessions) await session.close();
  rmSync(files, { recursive: true, force: true });
});

describe('every way in checks what it brings, between two browser profiles', () => {
  it('one profile exports AA 1961’s agreed plan and a draft, named by reference and status', async () => {
    const session = await launch();
    sessions.push(session);
    const panel = await openAt(session, AGREED_ON);
    await panel.getByLabel('Patient reference').fill('AA 1961');
    await goTo(panel, /^5\./);
    await panel.getByLabel(/^Goal/).fill(GOAL);
    await panel.getByLabel('First action').fill('Walk to the corner shop every morning');
    await panel.getByText('Baseline measures (for review)').click();
    await panel.getByLabel('Clinical measure').fill('Blood pressure');
    await panel.getByLabel('Value now').fill('152/94');
    await panel.getByLabel('Unit').fill('mmHg');
    await panel.getByLabel('Plan agreed with the patient').check();
    await panel.getByRole('radio', { name: 'Clinician note' }).check();
    const preview = panel.getByRole('region', { name: 'Clinician note preview' });
    // The preview follows each change after a short pause: wait until it shows the agreed plan.
    await expect
      .poll(() => preview.innerText(), { timeout: 15_000 })
      .toMatch(/Status: agreed[^]*Clinical baseline \(Blood pressure, mmHg\): 152\/94/);
    noteText = await preview.innerText();
    expect(noteText).toContain('Patient ref: AA 1961');
    const agreed = await exportFhir(panel, 'agreed.fhir.json');
    expect(agreed.suggested).toMatch(/^cocreate-plan-AA-1961-agreed-2026-09-01/);
    exported.agreed = agreed.path;

    await panel.getByLabel('Plan agreed with the patient').uncheck();
    await expect.poll(() => preview.innerText(), { timeout: 15_000 }).toContain('Status: draft (not agreed)');
    const draft = await exportFhir(panel, 'draft.fhir.json');
    expect(draft.suggested).toMatch(/^cocreate-plan-AA-1961-draft-2026-09-01/);
    exported.draft = draft.path;
    expect(session.offMachineRequests).toEqual([]);
  });

  it('another patient’s FHIR file and pasted note are stopped with both references on screen, nothing stored', async () => {
    const session = await launch();
    sessions.push(session);
    const panel = await reviewFor(session, 'BB 1970');
    const before = (await allStored(panel)).length;

    await panel.getByRole('button', { name: 'Read a FHIR file' }).click();
    await panel.getByLabel('Read a FHIR file').setInputFiles(exported.agreed);
    const stopped = panel.getByRole('region', { name: 'Stopped: check the FHIR file' });
    await expect
      .poll(() => stopped.innerText(), { timeout: 15_000 })
      .toContain('This plan is for AA 1961, not BB 1970.');
    expect(await stopped.innerText()).toContain('agreed.fhir.json');
    expect(
      await panel.getByRole('button', { name: 'Use as the baseline for this review' }).isDisabled(),
    ).toBe(true);
    await panel.getByRole('button', { name: 'Not this one' }).click();
    expect(await allStored(panel)).toHaveLength(before);

    await panel.reload();
    await goTo(panel, /^7\./);
    await panel.getByRole('button', { name: 'Paste the earlier note' }).click();
    await panel.getByLabel('Paste the earlier note').fill(noteText);
    await panel.getByRole('button', { name: 'Read the note' }).click();
    const note = panel.getByRole('region', { name: 'Stopped: check the earlier note' });
    await expect
      .poll(() => note.innerText(), { timeout: 15_000 })
      .toContain('This plan is for AA 1961, not BB 1970.');
    expect(await note.innerText()).toContain('pasted note');
    await panel.getByRole('button', { name: 'Not this one' }).click();
    expect(await allStored(panel)).toHaveLength(before);
    const open = (await allStored(panel)).find((c) => c.patientRef === 'BB 1970');
    expect(open?.review.previousConsultationId ?? null).toBeNull();
  });

  it('the same file for the right patient imports (control); a draft imports as a draft', async () => {
    const session = await launch();
    sessions.push(session);
    const panel = await reviewFor(session, 'AA 1961');
    await panel.getByRole('button', { name: 'Read a FHIR file' }).click();
    await panel.getByLabel('Read a FHIR file').setInputFiles(exported.agreed);
    const found = panel.getByRole('region', { name: 'Found in the FHIR file: check it' });
    await expect.poll(() => found.innerText(), { timeout: 15_000 }).toContain(GOAL);
    await panel.getByRole('button', { name: 'Use as the baseline for this review' }).click();
    await expect
      .poll(async () => (await allStored(panel)).filter((c) => c.importedFrom).map((c) => c.status))
      .toEqual(['agreed']);

    const other = await launch();
    sessions.push(other);
    const review = await reviewFor(other, 'AA 1961');
    await review.getByRole('button', { name: 'Read a FHIR file' }).click();
    await review.getByLabel('Read a FHIR file').setInputFiles(exported.draft);
    const draft = review.getByRole('region', { name: 'Found in the FHIR file: check it' });
    await expect.poll(() => draft.innerText(), { timeout: 15_000 }).toContain('Draft (not agreed)');
    await review.getByRole('button', { name: 'Use as the baseline for this review' }).click();
    await expect
      .poll(async () => (await allStored(review)).filter((c) => c.importedFrom).map((c) => c.status))
      .toEqual(['open']);
  });

  it.each<[string, string]>([
    ['a right-to-left override', '\u202E49/251'],
    ['zero-width characters', '15\u200B2/9\u200D4'],
    ['Markdown bold', '**152/94**'],
    ['an entity', '&#8238;49/251'],
  ])('a note with %s stores exactly what the screen showed; an edit is recognised', async (_name, value) => {
    const session = await launch();
    sessions.push(session);
    const panel = await reviewFor(session, 'AA 1961');
    await panel.getByRole('button', { name: 'Paste the earlier note' }).click();
    await panel
      .getByLabel('Paste the earlier note')
      .fill(noteText.replace('mmHg): 152/94', `mmHg): ${value}`));
    await panel.getByRole('button', { name: 'Read the note' }).click();
    const region = panel.getByRole('region', { name: /check (it|the earlier note)$/ });
    await region.waitFor({ timeout: 15_000 });
    const shown = (
      await region
        .locator('dt', { hasText: /^Blood pressure$/ })
        .locator('xpath=following-sibling::dd[1]')
        .innerText()
    ).trim();
    expect(shown).toMatch(/^(152\/94|49\/251) mmHg$/);
    const edited = shown.startsWith('49/251');
    expect(await region.innerText()).toContain(
      edited ? 'This block was edited or is incomplete' : 'check it',
    );
    if (edited) await panel.getByRole('checkbox', { name: /all the same/ }).check();
    await panel.getByRole('button', { name: 'Use as the baseline for this review' }).click();
    await expect.poll(async () => (await allStored(panel)).filter((c) => c.importedFrom).length).toBe(1);
    const stored = (await allStored(panel)).find((c) => c.importedFrom)!;
    expect(`${stored.agreement.baseline.clinicalValue} ${stored.agreement.baseline.clinicalUnit}`).toBe(
      shown,
    );
    expect(stored.importedFrom?.integrity).toBe(edited ? 'edited' : 'intact');
  });

  it('a crafted 200,000-character paste answers at once and the panel stays responsive', async () => {
    const session = await launch();
    sessions.push(session);
    const panel = await reviewFor(session, 'AA 1961');
    await panel.getByRole('button', { name: 'Paste the earlier note' }).click();
    const crafted = `${noteText.slice(0, 200)}${'<a'.repeat(99_000)}`;
    await panel.getByLabel('Paste the earlier note').evaluate((field, text) => {
      (field as HTMLTextAreaElement).value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }, crafted);
    const start = Date.now();
    await panel.getByRole('button', { name: 'Read the note' }).click();
    await panel.getByRole('alert').waitFor({ timeout: 5_000 });
    const ms = Date.now() - start;
    console.info(`crafted paste answered in ${ms} ms`);
    expect(ms).toBeLessThan(2_000);
    expect(await panel.evaluate(() => 1 + 1)).toBe(2);
  });
});
