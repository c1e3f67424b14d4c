import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStored, storedConsultation } from './guide-support';
import { launch, type Session } from './harness';
import { printToPdf, readPdf } from './plan-support';

/** Screenshots for review when COCREATE_SHOTS_DIR is set, as the other e2e tests do. */
const shots = process.env.COCREATE_SHOTS_DIR;

const KNEE = 'Knee osteoarthritis: treatment choices';
const KNEE_CY = 'Osteoarthritis y pen-glin: dewisiadau triniaeth';

/**
 * The preparation sheet (docs/preparation.md) in real Chromium: opened from element 1, in
 * the patient's languages, with an option grid recorded in "grids sent in advance"; printed,
 * downloaded and copied as a text message; then the patient's answers brought into the agenda.
 */
describe('the preparation sheet, in real Chromium', () => {
  let session: Session;
  let panel: Page;
  let sheet: Page;

  beforeAll(async () => {
    session = await launch();
    const options = await session.openExtensionPage('options.html');
    await options.getByLabel('Practice name').fill('Riverside Surgery');
    await options.getByLabel('Practice contact line').fill('01234 567890');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: 'Settings saved.' })
      .first()
      .waitFor({ timeout: 15_000 });
    await options.close();
    panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').fill('AB 1960');
    await panel.keyboard.press('Alt+1');
    await panel.getByRole('heading', { level: 2, name: '1. Preparation' }).waitFor({ timeout: 15_000 });
    await panel.getByLabel('Preferred language').selectOption('both');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens from element 1 in both of the patient’s languages', async () => {
    const opened = session.context.waitForEvent('page', { timeout: 30_000 });
    if (shots) await panel.screenshot({ path: `${shots}/preparation-step.png`, fullPage: true });
    await panel.getByRole('button', { name: 'Preparation sheet for the patient' }).click();
    sheet = await opened;
    expect(sheet.url()).toMatch(/preparation\.html\?id=/);
    await sheet
      .getByRole('heading', { level: 1, name: 'Getting ready for your appointment' })
      .waitFor({ timeout: 15_000 });
    await sheet.getByRole('heading', { level: 1, name: 'Paratoi ar gyfer eich apwyntiad' }).waitFor();
    for (const question of ['What would you like to talk about?', 'Am beth hoffech chi siarad?']) {
      await sheet.getByRole('heading', { level: 2, name: question }).waitFor();
    }
  });

  it('choosing an option grid puts it on the sheet in each language and records it as sent in advance', async () => {
    await sheet.getByLabel(/^Option grid to send with it/).selectOption({ label: KNEE });
    await sheet.getByRole('heading', { level: 2, name: KNEE }).waitFor({ timeout: 15_000 });
    await sheet.getByRole('heading', { level: 2, name: KNEE_CY }).waitFor();
    await expectStored(sheet, (c) => c.preparation.gridsSentInAdvance, ['knee-osteoarthritis']);
    // The panel follows the sheet page at once.
    await expect
      .poll(() => panel.locator('[data-grids-sent]').textContent(), { timeout: 15_000 })
      .toContain('knee-osteoarthritis');
    await sheet.setViewportSize({ width: 1200, height: 900 });
    if (shots) await sheet.screenshot({ path: `${shots}/preparation-sheet.png`, fullPage: true });
  });

  it('prints the questions, the Ask 3 Questions and the grid, without the controls', async () => {
    const pdf = await readPdf(await printToPdf(sheet));
    for (const words of [
      'Getting ready for your appointment',
      'What matters most to you?',
      'What are you already doing that helps?',
      'Bring your readings',
      'How can I get support to help me make a decision that is right for me?',
      'Paratoi ar gyfer eich apwyntiad',
      "Beth ydych chi'n ei wneud yn barod sy'n helpu?",
      `We have added an option grid about ${KNEE}.`,
      KNEE,
      'What does it involve?',
      KNEE_CY,
      'From Riverside Surgery.',
    ])
      expect(pdf.text).toContain(words);
    expect(pdf.text).not.toContain('Option grid to send with it');
    // Printing is recorded (languages and grid as printed), so the note can say a sheet was given.
    await expectStored(
      sheet,
      (c) => (c.preparationSheetsGiven ?? []).map((s) => [s.how, s.languages, s.gridId, s.gridTitle]),
      [['printed', ['en', 'cy'], 'knee-osteoarthritis', `${KNEE} v2.0`]],
    );
  });

  it('downloads the sheet with the grid as text', async () => {
    const download = sheet.waitForEvent('download', { timeout: 30_000 });
    await sheet.getByRole('button', { name: /^Download/ }).click();
    const html = readFileSync(await (await download).path(), 'utf8');
    expect(html).toContain('<h1>Getting ready for your appointment</h1>');
    expect(html).toContain('<h1>Paratoi ar gyfer eich apwyntiad</h1>');
    expect(html).toContain(`<h2>${KNEE}</h2>`);
    expect(html).toContain('<strong>What does it involve?:</strong>');
    await expectStored(sheet, (c) => (c.preparationSheetsGiven ?? []).map((s) => s.how), [
      'printed',
      'downloaded',
    ]);
  });

  it('copies as a text message that fits four texts in the GSM alphabet', async () => {
    await sheet.getByRole('radio', { name: 'English' }).check();
    await sheet.getByRole('button', { name: 'Copy as text message' }).click();
    const box = sheet.getByLabel(/^Text message/);
    const text = await box.inputValue();
    expect(text).toContain('Riverside Surgery: before your appointment, think about:');
    expect(text).toContain('1. What would you like to talk about?');
    expect(text).toContain(`Ask us for the table of your choices about ${KNEE}.`);
    const count = (await sheet.locator('#prep-sms-count').textContent()) ?? '';
    expect(count).toMatch(/^\d+ characters, [1-4] of 4 text messages? \(\d+ of 612\)$/);
    expect(await sheet.getByRole('alert').count()).toBe(0);
    if (shots) await sheet.screenshot({ path: `${shots}/preparation-sheet-sms.png` });
    // Opening the box records nothing; copying the message does, in the one language chosen.
    expect((await storedConsultation(sheet))?.preparationSheetsGiven?.length).toBe(2);
    await sheet.getByRole('button', { name: 'Copy text message' }).click();
    await sheet.getByRole('status').filter({ hasText: 'Copied' }).waitFor({ timeout: 15_000 });
    await expectStored(sheet, (c) => (c.preparationSheetsGiven ?? []).map((s) => [s.how, s.languages]), [
      ['printed', ['en', 'cy']],
      ['downloaded', ['en', 'cy']],
      ['text message', ['en']],
    ]);
    // Typing a letter outside GSM warns at once.
    await box.fill(`${text} ŵ`);
    await sheet.getByRole('alert').filter({ hasText: 'Not in the text message alphabet: ŵ' }).waitFor();
    expect(session.offMachineRequests).toEqual([]);
  });

  it('brings the patient’s answers into the agenda with one action', async () => {
    await panel.bringToFront();
    await panel.keyboard.press('Alt+1');
    await panel.getByRole('heading', { level: 2, name: '1. Preparation' }).waitFor({ timeout: 15_000 });
    await panel.getByRole('button', { name: 'Add the patient’s preparation answers' }).click();
    await panel
      .getByLabel('Paste their text message reply (optional)')
      .fill('1. My knee on the stairs\n2. Walking the dog again 3. Swimming on Fridays');
    expect(await panel.getByLabel('What they would like to talk about (one a line)').inputValue()).toBe(
      'My knee on the stairs',
    );
    await panel
      .getByLabel('What they would like to talk about (one a line)')
      .fill('My knee on the stairs\nSleep');
    if (shots) await panel.screenshot({ path: `${shots}/preparation-answers.png`, fullPage: true });
    await panel.getByRole('button', { name: 'Add to the agenda' }).click();
    const stored = await expectStored(panel, (c) => c.agenda.items.map((i) => [i.text, i.owner]), [
      ['My knee on the stairs', 'patient'],
      ['Sleep', 'patient'],
    ]);
    expect(stored.agenda.whatMatters).toBe('Walking the dog again');
    expect(stored.agenda.alreadyDoing).toBe('Swimming on Fridays');
    await panel.keyboard.press('Alt+2');
    await panel.getByRole('heading', { level: 2, name: '2. Agenda setting' }).waitFor({ timeout: 15_000 });
    expect(await panel.getByLabel('What matters to the patient').inputValue()).toBe('Walking the dog again');
  });
});
