import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStep, expectStored } from './guide-support';
import { launch, type Session } from './harness';
import { pdfText, printToPdf, squash } from './pdf-support';

/**
 * One agreed plan, every way out (docs/plan-truth.md): a type 2 diabetes consultation driven
 * through the panel in real Chromium, each output read back as the patient or the record
 * receives it — the note preview, the downloaded FHIR and text files, the clipboard of a text
 * message, the printed patient view.
 */
const GRID_TITLE = 'Type 2 diabetes: starting treatment';
const LIFESTYLE = 'Healthy changes with a lifestyle or weight programme';
const GOAL = 'Walk to the end of the road and back every day';
const FIRST = 'Walk to the post box after breakfast';

async function setPractice(session: Session, nation: string): Promise<void> {
  const options = await session.openExtensionPage('options.html');
  await options.getByLabel('Your name').fill('Dr Siân Evans');
  await options.getByLabel('Practice name').fill('Meddygfa Tŷ Gwyn');
  await options.getByLabel('Practice contact line').fill('01234 567890');
  await options.getByLabel('Your practice is in').selectOption(nation);
  await options.getByRole('button', { name: 'Save settings' }).click();
  await options.close();
}

describe('one agreed plan, every way out, in real Chromium', () => {
  let session: Session;
  let panel: Page;
  let ehr: Page;

  beforeAll(async () => {
    session = await launch();
    ehr = await session.openDemoEhr();
    panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').waitFor({ timeout: 15_000 });
    await setPractice(session, 'england');
    await panel.bringToFront();
    await panel.getByLabel('Patient reference').fill('TD 1958');
  });

  afterAll(async () => {
    await session?.close();
  });

  async function noteText(): Promise<string> {
    await panel.getByRole('radio', { name: 'Clinician note' }).check();
    const text = await panel.getByRole('region', { name: 'Clinician note preview' }).innerText();
    await panel.getByRole('radio', { name: 'Patient version' }).check();
    return text;
  }
  async function download(button: string | RegExp): Promise<string> {
    const downloading = panel.waitForEvent('download');
    await panel.getByRole('button', { name: button }).click();
    const file = join(tmpdir(), `cocreate-way-out-${Date.now()}`);
    await (await downloading).saveAs(file);
    return readFileSync(file, 'utf8');
  }
  const smsBox = () => panel.getByRole('textbox', { name: 'Text message' });
  /** Back on step 5 the panel is new: the text message box opens again from its button. */
  async function openSmsBox(): Promise<void> {
    await panel.getByRole('button', { name: 'Copy as text message' }).click();
    await smsBox().waitFor({ timeout: 15_000 });
  }

  it('names the type 2 diabetes lifestyle choice as the decision, never "no treatment"', async () => {
    await panel.getByRole('button', { name: /^4\. / }).click();
    await panel.getByLabel('Find an option grid').fill('diabetes');
    await panel.getByRole('button', { name: GRID_TITLE }).click();
    await panel.getByRole('article', { name: `Option grid: ${GRID_TITLE}` }).waitFor({ timeout: 15_000 });
    await panel
      .getByRole('group', { name: 'Which option does the patient lean to?' })
      .getByLabel(LIFESTYLE)
      .click();
    await panel.getByRole('button', { name: /^5\. / }).click();
    await expectStep(panel, '5. Agreeing the way forward');
    await panel.getByLabel(/^Goal/).fill(GOAL);
    await panel.getByRole('textbox', { name: 'First action', exact: true }).fill(FIRST);
    await panel.getByLabel('Follow-up date').fill('2027-01-18');
    const stored = await expectStored(panel, (c) => c.agreement.followUpDate, '2027-01-18');
    expect(stored.agreement.noTreatment).toBe(false);

    await expect.poll(() => noteText(), { timeout: 15_000 }).toContain(`Decision: ${LIFESTYLE}`);
    const note = await noteText();
    expect(note).toContain(`chose ${LIFESTYLE}`);
    expect(note).not.toMatch(/no treatment/i);
    // Opening the grid discussed only what was chosen; the rest is "also on the grid".
    expect(note).toContain(
      'Also on the grid, not marked as discussed: Metformin and an SGLT2 tablet together',
    );
    expect(note).toContain('Safety-netting in the plan:');
    expect(note).not.toContain('advice given');

    const fhir = JSON.parse(await download('Export FHIR (JSON)')) as {
      entry: { resource: { resourceType: string; activity?: { detail?: { description?: string } }[] } }[];
    };
    const plan = fhir.entry.find((e) => e.resource.resourceType === 'CarePlan')!.resource;
    expect(plan.activity?.[0]?.detail?.description).toBe(LIFESTYLE);
  });

  it('an England draft text message says DRAFT, with 999 and NHS 111, and its copy is recorded', async () => {
    await panel.getByRole('button', { name: 'Copy as text message' }).click();
    await smsBox().waitFor({ timeout: 15_000 });
    const text = await smsBox().inputValue();
    expect(text.split('\n')[0]).toBe('DRAFT: this plan is not agreed yet.');
    expect(text).toContain('Your plan from Meddygfa Ty Gwyn.');
    expect(text).toContain(`You chose: ${LIFESTYLE}.`);
    expect(text).toContain(`Goal: ${GOAL}`);
    expect(text).toContain('call 999');
    expect(text).toContain('NHS 111');
    expect(await panel.locator('#text-message-count').innerText()).toMatch(/[1-4] of 4 text messages/);

    await panel.getByRole('button', { name: 'Copy text message' }).click();
    await expect
      .poll(() => panel.getByText('Copied: paste it into the practice messaging tool.').count())
      .toBe(1);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(session.demoUrl).origin,
    });
    await ehr.bringToFront();
    expect(await ehr.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await panel.bringToFront();
    await expect
      .poll(() => noteText(), { timeout: 15_000 })
      .toContain('Copy of plan given: sent as a text message');
    expect(await noteText()).toContain('Safety-netting advice given:');
  });

  it('a Welsh plan gives a Welsh text message', async () => {
    await panel.getByRole('button', { name: /^1\. / }).click();
    await panel.getByLabel('Preferred language').selectOption('cy');
    await expectStored(panel, (c) => c.preparation.language, 'cy');
    await panel.getByRole('button', { name: /^5\. / }).click();
    await openSmsBox();
    await expect
      .poll(() => smsBox().inputValue(), { timeout: 15_000 })
      .toContain('Eich cynllun gan Meddygfa Ty Gwyn.');
    const text = await smsBox().inputValue();
    expect(text).toContain("DRAFFT: nid yw'r cynllun hwn wedi'i gytuno eto.");
    expect(text).toContain(`Nod: ${GOAL}`);
    expect(text).toContain('Adolygu: 18 Ionawr 2027');
    expect(text).toContain('999');
    expect(text).not.toMatch(/Your plan|Goal:|Review:/);
  });

  it('a Northern Ireland plan names no NHS 111 anywhere: note, text message, download and print', async () => {
    await panel.getByRole('button', { name: /^1\. / }).click();
    await panel.getByLabel('Preferred language').selectOption('en');
    await setPractice(session, 'northern-ireland');
    await panel.bringToFront();
    await panel.getByRole('button', { name: /^5\. / }).click();
    await panel.getByLabel('Plan agreed with the patient').check();
    await expectStored(panel, (c) => c.status, 'agreed');

    await expect.poll(() => noteText(), { timeout: 15_000 }).toContain('GP Out of Hours');
    expect(await noteText()).not.toMatch(/\b111\b/);
    await openSmsBox();
    await expect.poll(() => smsBox().inputValue(), { timeout: 15_000 }).toContain('GP Out of Hours');
    expect(await smsBox().inputValue()).not.toMatch(/\b111\b|DRAFT/);

    const downloaded = await download('Download text');
    expect(downloaded).toContain('call 999');
    expect(downloaded).toContain('GP Out of Hours');
    expect(downloaded).not.toMatch(/\b111\b/);

    const opened = session.context.waitForEvent('page', { timeout: 30_000 });
    await panel.getByRole('button', { name: /^Print \/ patient view/ }).click();
    const view = await opened;
    await view.getByRole('heading', { name: 'Your plan', level: 1 }).waitFor({ timeout: 15_000 });
    const printed = squash(await pdfText(await printToPdf(view)));
    expect(printed).toContain(squash('GP Out of Hours'));
    expect(printed).toContain(squash(`You chose: ${LIFESTYLE}`));
    expect(printed).not.toMatch(/\b111\b/);
    await view.close();
  });
});
