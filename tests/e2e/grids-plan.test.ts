import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

/**
 * A grid read together reaches the patient's plan (docs/option-grids.md): its
 * "when to get help" lines, and its options in the plan's language. The
 * consultation uses the Welsh sore throat grid.
 */
const WELSH_TITLE = 'Dolur gwddf: oes angen gwrthfiotig arna i?';
const ENGLISH_OPTIONS = [
  'No antibiotic: look after yourself',
  'Back-up prescription, used only if needed',
  'Start an antibiotic now',
];
const WELSH_OPTIONS = [
  'Dim gwrthfiotig: gofalu amdanoch eich hun',
  'Presgripsiwn wrth gefn, dim ond os oes angen',
  'Dechrau gwrthfiotig nawr',
];

describe('a grid’s safety net and options in the patient plan, in real Chromium', () => {
  let session: Session;
  let panel: Page;
  let view: Page;

  beforeAll(async () => {
    session = await launch();
    panel = await session.openSidePanel();
    await panel.getByRole('button', { name: /^4\. / }).click();
    await panel.getByLabel('Find an option grid').fill('dolur gwddf');
    await panel.getByRole('button', { name: WELSH_TITLE }).click();
    await panel.getByRole('article', { name: `Option grid: ${WELSH_TITLE}` }).waitFor({ timeout: 15_000 });
    await panel.getByRole('button', { name: /^5\. / }).click();
    await panel
      .getByRole('heading', { level: 2, name: '5. Agreeing the way forward' })
      .waitFor({ timeout: 15_000 });
    await panel.getByLabel('First action').fill('Drink plenty and rest');
    const opened = session.context.waitForEvent('page', { timeout: 30_000 });
    await panel.getByRole('button', { name: /^Print \/ patient view/ }).click();
    view = await opened;
    await view.locator('.plan-doc').first().waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await session?.close();
  });

  const plan = (lang: 'cy' | 'en-GB') => view.locator(`article.plan-doc[lang="${lang}"]`);

  it('carries the grid’s "when to get help" lines into the plan', async () => {
    await view.getByRole('radio', { name: 'English' }).check();
    await expect
      .poll(() => plan('en-GB').textContent(), { timeout: 15_000 })
      .toContain('Call 999 or go to A&E if you have trouble breathing, are drooling, or cannot swallow.');
  });

  it('writes a Welsh plan from the Welsh grid with no English option text', async () => {
    await view.getByRole('radio', { name: 'Cymraeg' }).check();
    await expect.poll(() => plan('cy').count()).toBe(1);
    const text = (await plan('cy').textContent()) ?? '';
    for (const label of WELSH_OPTIONS) expect(text).toContain(label);
    for (const label of ENGLISH_OPTIONS) expect(text).not.toContain(label);
    expect(text).toContain('glafoerio');
    // The shipped Welsh grid is a sample: the Welsh plan says so, in Welsh, above the plan.
    const note = view.getByRole('note', {
      name: `Am y grid opsiynau a ddefnyddiwyd: ${WELSH_TITLE} (fersiwn 2.0)`,
    });
    expect(await note.textContent()).toContain('Sampl — nid yw eich meddygfa wedi cymeradwyo’r grid hwn eto');
  });

  it('puts each language in its own column in a "both" plan', async () => {
    await view.getByRole('radio', { name: /^Both side by side/ }).check();
    await expect.poll(() => plan('en-GB').count()).toBe(1);
    const english = (await plan('en-GB').textContent()) ?? '';
    const welsh = (await plan('cy').textContent()) ?? '';
    for (const label of ENGLISH_OPTIONS) expect(english).toContain(label);
    for (const label of WELSH_OPTIONS) expect(english).not.toContain(label);
    for (const label of WELSH_OPTIONS) expect(welsh).toContain(label);
    for (const label of ENGLISH_OPTIONS) expect(welsh).not.toContain(label);
    expect(session.offMachineRequests).toEqual([]);
  });

  it('prints the chosen option’s figure with its time frame, source and caveat, in each language', async () => {
    await panel.bringToFront();
    await panel.getByRole('button', { name: /^4\. / }).click();
    await panel
      .getByRole('group', { name: 'Which option does the patient lean to?' })
      .getByLabel(WELSH_OPTIONS[2]!)
      .check();
    await view.bringToFront();
    await view.getByRole('radio', { name: 'English' }).check();
    await expect
      .poll(() => plan('en-GB').textContent(), { timeout: 15_000 })
      .toContain('After 1 week, 87 in 100 people are better.');
    const english = (await plan('en-GB').textContent()) ?? '';
    expect(english).toContain('After 1 week, 82 in 100 people are better.');
    expect(english).toContain('These figures are for groups of people like you.');
    expect(english).toContain('Spinks A, Glasziou PP, Del Mar CB.');
    // Only the option leaned to was discussed: the others are named apart, as in the note.
    expect(english).toContain('Also on the option grid, not talked through');
    expect(english).toContain(`${ENGLISH_OPTIONS[0]}; ${ENGLISH_OPTIONS[1]}`);
    await view.getByRole('radio', { name: 'Cymraeg' }).check();
    await expect
      .poll(() => plan('cy').textContent(), { timeout: 15_000 })
      .toContain('Ar ôl 1 wythnos, mae 87 o bob 100 o bobl yn well.');
    expect(await plan('cy').textContent()).toContain('grwpiau o bobl fel chi');
  });
});
