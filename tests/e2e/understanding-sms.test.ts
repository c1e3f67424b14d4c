import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStep, expectStored } from './guide-support';
import { launch, type Session } from './harness';

/**
 * Element 5's understanding check (teach-back, the commitment in the patient's own words,
 * SURE) and "Copy as text message" for telephone and video consultations, in real Chromium:
 * what is stored, what the clinician note and patient plan say, the live count and the
 * alphabet warning, and the copied text read back from a web page.
 */
const REF = 'US 1949';
const GOAL = 'Walk to the post office without stopping by Easter';
const FIRST = 'Walk to the end of the road after lunch';
const COMMITMENT = 'I will walk to the end of the road after lunch on weekdays';

async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[data-save-status]').getAttribute('data-save-status'), { timeout: 15_000 })
    .toBe('saved');
}

async function noteText(panel: Page): Promise<string> {
  await panel.getByRole('radio', { name: 'Clinician note' }).check();
  const preview = panel.getByRole('region', { name: 'Clinician note preview' });
  await preview.waitFor({ timeout: 15_000 });
  return preview.innerText();
}

describe('understanding check and text message in real Chromium', () => {
  let session: Session;
  let panel: Page;
  beforeAll(async () => {
    session = await launch();
    panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').fill(REF);
    await panel.getByRole('navigation', { name: 'Elements' }).getByRole('button', { name: /^5\./ }).click();
    await expectStep(panel, '5. Agreeing the way forward');
    await panel.getByLabel(/^Goal/).fill(GOAL);
    await panel.getByRole('textbox', { name: 'First action', exact: true }).fill(FIRST);
    await panel.getByLabel('Follow-up date').fill('22/02/2027');
    await panel.getByLabel('How to get back in touch').fill('Ring reception and ask for Nurse Jones');
  });
  afterAll(async () => {
    await session.close();
  });

  it('records teach-back, the commitment and a SURE "no" that prompts revisiting, into the note and plan', async () => {
    await panel.getByText('Understanding and commitment (optional)').click();
    // Teach-back ticked from the keyboard, as a clinician tabbing through would.
    await panel.getByLabel('Teach-back: understanding checked').focus();
    await panel.keyboard.press('Space');
    await panel.getByLabel("Commitment, in the patient's own words").fill(COMMITMENT);
    const sure = panel.getByRole('group', { name: 'SURE: is the decision settled for the patient?' });
    const answer = (question: RegExp, choice: 'Yes' | 'No') =>
      sure.getByRole('group', { name: question }).getByRole('radio', { name: choice }).check();
    await answer(/feel SURE about the best choice/, 'Yes');
    await answer(/know the benefits and risks of each option/, 'No');
    await answer(/clear about which benefits and risks matter most/, 'Yes');
    await answer(/enough support and advice/, 'Yes');

    const revisit = sure.getByRole('status');
    await expect
      .poll(() => revisit.innerText(), { timeout: 15_000 })
      .toContain('A “no” suggests the decision is not settled');
    expect(await revisit.innerText()).toContain(
      'go back over the options or the information the patient needs',
    );
    expect(await sure.innerText()).toContain('SURE score 3 of 4 (goes into the note).');

    const stored = await expectStored(panel, (c) => c.agreement.sure, [true, false, true, true]);
    expect(stored.agreement).toMatchObject({ teachBack: true, commitment: COMMITMENT });
    expect(stored.patientRef).toBe(REF);

    const note = await noteText(panel);
    expect(note).toContain('Understanding and commitment');
    expect(note).toContain('understanding checked, plan said back in own words');
    expect(note).toContain(COMMITMENT);
    expect(note).toContain('3/4 (no: Understand; possible decisional conflict, revisit)');
    await panel.getByRole('radio', { name: 'Patient version' }).check();
    const plan = await panel.getByRole('region', { name: 'Patient version preview' }).innerText();
    expect(plan).toContain('What you said you will do');
    expect(plan).toContain(COMMITMENT);

    // Revisited: the patient now knows the benefits and risks; the prompt goes and the note says 4/4.
    await answer(/know the benefits and risks of each option/, 'Yes');
    await expect.poll(() => sure.getByRole('status').count(), { timeout: 15_000 }).toBe(0);
    await expectStored(panel, (c) => c.agreement.sure, [true, true, true, true]);
    await expect.poll(() => noteText(panel), { timeout: 15_000 }).toContain('SURE: 4/4');
    expect(await noteText(panel)).not.toContain('decisional conflict');
  });

  it('copies a text message with a live count, warns outside the GSM alphabet, and the clipboard holds it', async () => {
    await saved(panel);
    await panel.getByRole('button', { name: 'Copy as text message' }).click();
    const box = panel.getByRole('textbox', { name: 'Text message' });
    await box.waitFor({ timeout: 15_000 });
    const built = await box.inputValue();
    expect(built).toContain(`Goal: ${GOAL}`);
    expect(built).toContain(`First step: ${FIRST}`);
    expect(built).toContain('Review: ');
    expect(built).toContain('Contact: Ring reception and ask for Nurse Jones');
    expect(built).toContain('call 999');
    const count = panel.locator('#text-message-count');
    expect(await count.innerText()).toMatch(
      new RegExp(`^${built.length} characters, [1-4] of 4 text messages? \\(\\d+ of 612\\)$`),
    );

    // Live: one text holds 160 GSM characters; the 161st makes two.
    await box.fill('a'.repeat(160));
    await expect.poll(() => count.innerText()).toBe('160 characters, 1 of 4 text messages (160 of 612)');
    await box.press('End');
    await box.press('b');
    await expect.poll(() => count.innerText()).toBe('161 characters, 2 of 4 text messages (161 of 612)');

    // Welsh letters with a circumflex are not in the GSM alphabet: warned, by name.
    await box.fill('Dewch i’r feddygfa ddydd Mawrth. Cofiwch y dŵr.');
    const warning = panel.getByRole('alert').filter({ hasText: 'Not in the text message alphabet' });
    await expect.poll(() => warning.innerText(), { timeout: 15_000 }).toContain('ŵ');
    expect(await warning.innerText()).toContain('’');
    expect(await warning.innerText()).toContain('Replace them.');

    // Mended, it copies exactly what the box holds.
    const message = `Your plan. Goal: ${GOAL}\nCall us: 029 2000 0000`;
    await box.fill(message);
    await expect.poll(() => warning.count()).toBe(0);
    await panel.getByRole('button', { name: 'Copy text message' }).click();
    await expect
      .poll(() => panel.getByText('Copied: paste it into the practice messaging tool.').count(), {
        timeout: 15_000,
      })
      .toBe(1);
    // Extension pages may write but not read the clipboard; read it back from a web page.
    const ehr = await session.openDemoEhr();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(session.demoUrl).origin,
    });
    expect(await ehr.evaluate(() => navigator.clipboard.readText())).toBe(message);
    await ehr.close();
    expect(session.offMachineRequests).toEqual([]);
  });
});
