import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './harness';
import { addItem, expectStep, expectStored } from './guide-support';
import { launchAllowed } from './plan-support';

/**
 * Three consultations driven through the panel in real Chromium (docs/plan-truth.md): one with a
 * do-nothing option discussed, one with a grid that has none (stopping smoking), one "not decided
 * yet". Each reads back the patient plan, the note and the text inserted into the demo EHR.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const DOUBLE_STOP = /(?<!\.)\.\.(?=\s|$)/m;

describe('what leaves Cocreate is true, in real Chromium', () => {
  let session: Session;
  let remove: () => void;
  let panel: Page;
  let ehr: Page;

  beforeAll(async () => {
    ({ session, remove } = await launchAllowed());
    panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').waitFor({ timeout: 15_000 });
    // The practice's settings, saved on the settings page while the panel is open, apply at once.
    const options = await session.openExtensionPage('options.html');
    await options.getByLabel('Your name').fill('Nurse Bethan Owen');
    await options.getByLabel('Practice name').fill('Heol y Bont Surgery');
    await options.getByLabel('Practice contact line').fill('029 2000 0000');
    await options.getByLabel('Your practice is in').selectOption('wales');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.close();
    ehr = await session.openDemoEhr();
    await ehr.locator('body[data-editors-ready="true"]').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await session?.close();
    remove?.();
  });

  const patientPreview = () => panel.getByRole('region', { name: 'Patient version preview' });
  async function patientText(): Promise<string> {
    await panel.getByRole('radio', { name: 'Patient version' }).check();
    return (await patientPreview().textContent()) ?? '';
  }
  async function noteText(): Promise<string> {
    await panel.getByRole('radio', { name: 'Clinician note' }).check();
    const text =
      (await panel.getByRole('region', { name: 'Clinician note preview' }).locator('pre').textContent()) ??
      '';
    await panel.getByRole('radio', { name: 'Patient version' }).check();
    return text;
  }
  /** Accepts every plain-word offer, as a clinician pressing Enter on each. */
  async function acceptAllPlainWords(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const offer = panel.getByRole('button', { name: /^Use “/ }).first();
      if ((await offer.count()) === 0) return;
      await offer.click();
      await panel.waitForTimeout(400);
    }
  }
  /** Clicks the EHR's free-text note, turns to the panel and inserts the patient version. */
  async function insertPatientVersion(): Promise<string> {
    await ehr.bringToFront();
    await ehr.locator('#note-textarea').fill('');
    await ehr.locator('#note-textarea').click();
    await panel.bringToFront();
    await panel.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect
      .poll(() => panel.getByText(/^Insert goes into:/).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await panel.getByRole('button', { name: /^Insert patient version into the EHR/ }).click();
    await expect
      .poll(
        () =>
          panel
            .getByRole('status')
            .filter({ hasText: /Inserted|Nothing|Copied/ })
            .textContent(),
        {
          timeout: 15_000,
        },
      )
      .toMatch(/Inserted into/);
    return ehr.locator('#note-textarea').inputValue();
  }
  async function startNew(): Promise<void> {
    await panel.getByRole('button', { name: 'Start new consultation' }).click();
    await panel.getByRole('button', { name: 'Yes, start new' }).click();
    await expectStep(panel, '2. Agenda setting');
  }
  function expectClean(...texts: string[]): void {
    for (const text of texts) {
      expect(text).not.toMatch(BIDI);
      expect(text).not.toMatch(DOUBLE_STOP);
    }
  }

  it('1. a do-nothing option discussed: DRAFT until agreed, urgent help for Wales, quoted words kept', async () => {
    await expectStep(panel, '2. Agenda setting');
    await addItem(panel, "Patient's agenda item (their own words)", 'My hypertension \u202Ereading\u202C');
    await panel.getByLabel('What matters to the patient').fill('Not taking tablets for my hypertension');
    await panel.keyboard.press('Alt+4');
    await expectStep(panel, '4. Discussing options');
    await addItem(panel, 'Add an option', 'Amlodipine tablet');
    await panel.getByRole('button', { name: 'Add “do nothing for now”' }).click();
    const tablet = panel.getByRole('group', { name: 'Option 1: Amlodipine tablet' });
    await tablet.getByLabel('Pros').fill('Lowers the chance of a stroke.');
    await tablet.getByLabel('Cons').fill('Some people get swollen ankles.');
    await panel.keyboard.press('Alt+5');
    await expectStep(panel, '5. Agreeing the way forward');
    await panel.getByRole('group', { name: 'Option chosen' }).getByLabel('Amlodipine tablet').check();
    await panel.getByLabel("Why (in the patient's words)").fill('My hypertension runs in the family');
    await panel.getByLabel('First action').fill('Take the tablet od and check your BP at home');
    await panel.getByLabel('How to get back in touch').fill('Chest pain: call 999');
    await panel.getByLabel('When to get help (for this patient)').fill('If your ankles swell a lot, ring us');

    await expect.poll(patientText, { timeout: 15_000 }).toContain('DRAFT: your plan (not agreed yet)');
    expect(await noteText()).toContain('DRAFT: shared decision making (plan not agreed yet)');
    await acceptAllPlainWords();
    await panel.getByLabel('Plan agreed with the patient').check();
    await expect.poll(patientText, { timeout: 15_000 }).not.toContain('DRAFT');

    const plan = await patientText();
    expect(plan).not.toContain('DRAFT');
    expect(plan).toContain('Doing nothing for now was a real choice too.');
    expect(plan).toContain('When to get help');
    expect(plan).toContain('call NHS 111 Wales');
    expect(plan).toContain('call 111 and press 2');
    expect(plan).toContain('If your ankles swell a lot, ring us.');
    expect(plan).toContain('Your surgery: Heol y Bont Surgery, 029 2000 0000');
    expect(plan).toContain('How to get in touch: Chest pain: call 999');
    // Quoted words untouched after every plain-word offer was accepted; the rest made plain.
    expect(plan).toContain('“Not taking tablets for my hypertension”');
    expect(plan).toContain('“My hypertension runs in the family”');
    expect(plan).toContain('Take the tablet once a day and check your blood pressure at home');
    expect(plan).toContain(
      'Good points: Lowers the chance of a stroke. Downsides: Some people get swollen ankles.',
    );
    expect(plan).toContain('Nurse Bethan Owen');

    const note = await noteText();
    expect(note.split('\n')[0]).toBe('Agreed plan (shared decision making)');
    expect(note).toMatch(
      /SDM: options Amlodipine tablet \/ Do nothing for now[^;]* discussed; chose Amlodipine tablet/,
    );
    expect(note).toContain('First action: Take the tablet od and check your BP at home');
    // Nothing has reached the patient yet: the note says what the plan holds, not what was given.
    expect(note).toContain('Safety-netting in the plan: If your ankles swell a lot, ring us.');
    expect(note).not.toContain('advice given');

    const inserted = await insertPatientVersion();
    expect(inserted).toContain('When to get help');
    expect(inserted).toContain('029 2000 0000');
    expect(inserted).toContain('“My hypertension runs in the family”');
    expectClean(plan, note, inserted);
    // The preview follows after its pause (components/plan/use-settled.ts).
    await expect.poll(noteText, { timeout: 15_000 }).toContain('Copy of plan given: inserted; English');
    expect(await noteText()).toContain('Safety-netting advice given: If your ankles swell a lot, ring us.');
  });

  it('2. a grid without a do-nothing option (stopping smoking): no do-nothing sentence, the grid’s own help lines', async () => {
    await startNew();
    await panel.getByRole('button', { name: /^4\. / }).click();
    await expectStep(panel, '4. Discussing options');
    await panel.getByLabel('Find an option grid').fill('smok');
    await panel
      .getByRole('button', { name: /Stopping smoking: choosing an aid/ })
      .first()
      .click();
    await expect
      .poll(() => panel.getByRole('group', { name: /Option 1: Nicotine patches/ }).count(), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    await panel.keyboard.press('Alt+5');
    await expectStep(panel, '5. Agreeing the way forward');
    await panel.getByRole('group', { name: 'Option chosen' }).getByLabel('Varenicline tablets').check();
    await panel.getByLabel('Plan agreed with the patient').check();
    await expect.poll(patientText, { timeout: 15_000 }).not.toContain('DRAFT');
    const plan = await patientText();
    expect(plan).not.toContain('Doing nothing for now was a real choice too.');
    expect(plan).toContain('Tell us if your mood changes while you are taking a stop smoking tablet.');
    expect(plan).toContain('call NHS 111 Wales');
    expect(plan).toContain('Your surgery: Heol y Bont Surgery, 029 2000 0000');
    const note = await noteText();
    // Opening the grid discussed nothing by itself: only the option chosen is "discussed".
    expect(note).toContain('Option grid opened: Stopping smoking: choosing an aid v');
    expect(note).toContain('Also on the grid, not marked as discussed: Nicotine patches');
    expect(note).toContain('chose Varenicline tablets');
    expect(note).toContain('Safety-netting in the plan: From the Stopping smoking: choosing an aid grid:');
    const inserted = await insertPatientVersion();
    expect(inserted).not.toContain('Doing nothing for now');
    expect(inserted).toContain('When to get help');
    expectClean(plan, note, inserted);
  });

  it('3. not decided yet: its own plan and note wording, a date to decide by, DRAFT until agreed', async () => {
    await startNew();
    await addItem(panel, "Patient's agenda item (their own words)", 'Whether to have the knee injection');
    await panel.keyboard.press('Alt+5');
    await expectStep(panel, '5. Agreeing the way forward');
    await panel.getByLabel('Not decided yet').check();
    await panel.getByLabel('Decide by').fill('2027-01-11');
    await expectStored(panel, (c) => [c.agreement.notDecided, c.agreement.decideBy], [true, '2027-01-11']);
    await expect.poll(patientText, { timeout: 15_000 }).toContain('DRAFT');
    await panel.getByLabel('Plan agreed with the patient').check();
    // The preview follows after its pause: wait until the title has left DRAFT.
    await expect.poll(patientText, { timeout: 15_000 }).not.toContain('DRAFT');
    const plan = await patientText();
    expect(plan).toContain('Please let us know what you decide by 11 January 2027.');
    expect(plan).toContain('You asked about: “Whether to have the knee injection”');
    expect(plan).not.toContain('DRAFT');
    const note = await noteText();
    expect(note.split('\n')[0]).toBe('Shared decision making: not decided yet');
    expect(note).toContain('not decided yet, to decide by 11/01/2027');
    const inserted = await insertPatientVersion();
    expect(inserted).toContain('You have not decided yet');
    expect(inserted).toContain('call NHS 111 Wales');
    expectClean(plan, note, inserted);
    expect(session.offMachineRequests).toEqual([]);
  });
});
