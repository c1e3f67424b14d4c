import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGridFile } from '../../lib/option-grids/parse-grid';
import { launch, type Session } from './harness';
import { pdfText, printToPdf, squash } from './pdf-support';
import { saveSettings } from './settings-support';

/**
 * A practice edits a grid's figures and a Wales-only answer in the grid editor
 * (docs/option-grids.md "Editing a grid"), and the change shows where patients and
 * clinicians read it: the panel's grid, the patient's grid view, and the patient plan
 * with the grid's sample / review-overdue status on screen and on paper. Real Chromium.
 */
const STATINS = 'Statins to lower the risk of heart attack and stroke';
const TITLE = 'Statins: Riverside version';
const COPY_ID = 'statins-heart-stroke-risk-copy';
const SAMPLE = 'Sample — not yet signed off by your practice';
const FIGURE = 'Over 10 years, 9 in 100 people have a heart attack or stroke. The other 91 in 100 do not.';
const WALES_ANSWER = 'In Wales, ask us about a heart health check at the surgery.';
const NEW_HELP_LINE = 'Tell us before you start any new medicine.';

describe('editing a grid’s figures and nation answers, in real Chromium', () => {
  let session: Session;
  let library: Page;
  let panel: Page;
  let view: Page;
  let exported = '';

  beforeAll(async () => {
    session = await launch();
    await saveSettings(session, (o) =>
      o.getByLabel('Who may sign off option grids').fill('Role: GP partner'),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  const myGrids = () => library.getByRole('region', { name: /^My grids/ });
  const myCard = () => myGrids().getByRole('article', { name: TITLE });

  async function exportMine(): Promise<string> {
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      myCard().getByRole('button', { name: 'Export' }).click(),
    ]);
    return readFileSync(await download.path(), 'utf8');
  }

  it('edits a copy of the statins grid: a new figure with an icon array, a Wales answer, a help line', async () => {
    library = await session.openExtensionPage('grids.html');
    await library
      .getByRole('region', { name: /^Shipped with Cocreate/ })
      .getByRole('article', { name: STATINS })
      .getByRole('button', { name: 'Edit a copy' })
      .click({ timeout: 15_000 });
    await library.getByLabel('Title', { exact: true }).fill(TITLE);
    // Row 3 "How well does it work?", option 2 "Healthy changes only": a figure in numbers.
    await library.getByLabel('Question 3, option 2: give a figure in numbers (N in 100 people)').check();
    await expect
      .poll(() => library.getByText(/what happens to them: must not be empty/).count())
      .toBeGreaterThanOrEqual(1);
    await library.getByLabel('Question 3, option 2 figure: people in 100').fill('9');
    await library
      .getByLabel('Question 3, option 2 figure: what happens to them')
      .fill('have a heart attack or stroke');
    await library.getByLabel('Question 3, option 2 figure: what happens to the rest').fill('do not');
    await library.getByLabel('Question 3, option 2 figure: over what time').fill('over 10 years');
    await library.getByLabel('Question 3, option 2 figure: show as an icon array').check();
    // Row 2 "Who is it usually for?", option 1 "Take a statin": an answer for Wales only.
    await library.getByText('Question 2, option 1: different answer in a nation').click();
    await library.getByLabel('Question 2, option 1 answer in Wales').fill(WALES_ANSWER);
    // A new help line for everyone: one more card under the grid's four.
    await library.getByRole('button', { name: 'Add a line' }).click();
    await library.getByLabel('When to get help, line 5', { exact: true }).fill(NEW_HELP_LINE);
    await expect.poll(() => library.getByRole('heading', { name: 'Ready to save' }).count()).toBe(1);
    // The live preview draws the new figure as an icon array with its sentence as its name.
    expect(await library.getByRole('img', { name: FIGURE }).count()).toBe(1);
    await library.getByRole('button', { name: 'Save grid' }).click();
    await expect.poll(() => myCard().count(), { timeout: 15_000 }).toBe(1);
  });

  it('shows the saved figure and Wales answer in the editor after a reload', async () => {
    await library.reload();
    await myCard().getByRole('button', { name: 'Edit', exact: true }).click({ timeout: 15_000 });
    expect(await library.getByLabel('Question 3, option 2 figure: people in 100').inputValue()).toBe('9');
    expect(await library.getByLabel('Question 3, option 2 figure: show as an icon array').isChecked()).toBe(
      true,
    );
    expect(await library.getByLabel('Question 2, option 1 answer in Wales').inputValue()).toBe(WALES_ANSWER);
    expect(await library.getByLabel('Question 2, option 1 answer in England').inputValue()).toBe('');
    await library.getByRole('button', { name: 'Cancel' }).click();
  });

  it('exports the edited grid, and imports it back unchanged', async () => {
    exported = await exportMine();
    const parsed = parseGridFile(exported);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const [, , howWell] = parsed.grid.questions;
    expect(howWell?.figures?.lifestyle).toEqual({
      inHundred: 9,
      outcome: 'have a heart attack or stroke',
      otherOutcome: 'do not',
      over: 'over 10 years',
      iconArray: true,
    });
    expect(parsed.grid.questions[1]?.byNation).toEqual({ wales: { statin: WALES_ANSWER } });
    expect(parsed.grid.safetyNet?.at(-1)).toBe(NEW_HELP_LINE);

    await library.getByLabel('Import grids from a file').setInputFiles({
      name: 'riverside.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    const confirm = library.getByRole('group', { name: /Import riverside\.json\?/ });
    await confirm.getByLabel(/^Replace “Statins: Riverside version” version 2\.0/).check({ timeout: 15_000 });
    await confirm.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => library.getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('1 grid updated');
    expect(await exportMine()).toBe(exported);
  });

  it('shows the Wales answer and the new figure in the panel’s grid for a practice in Wales', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByLabel('Your practice is in').selectOption('wales', { timeout: 15_000 });
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.close();

    panel = await session.openSidePanel();
    await panel.getByRole('button', { name: /^4\. / }).click({ timeout: 15_000 });
    await panel.getByLabel('Find an option grid').fill('Riverside');
    await panel.getByRole('button', { name: TITLE }).click({ timeout: 15_000 });
    const grid = panel.getByRole('article', { name: `Option grid: ${TITLE}` });
    await grid.waitFor({ timeout: 15_000 });
    expect(await grid.getByText(SAMPLE).isVisible()).toBe(true);
    expect(
      await grid.getByRole('group', { name: 'Who is it usually for?' }).getByText(WALES_ANSWER).isVisible(),
    ).toBe(true);
    const picture = grid.getByRole('img', { name: FIGURE });
    expect(await picture.count()).toBe(1);
    expect(await picture.locator('rect').count()).toBe(9);
  });

  it('shows them in the patient’s grid view too', async () => {
    const gridView = await session.openExtensionPage(`grid-view.html?id=${COPY_ID}`);
    await gridView.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 15_000 });
    expect(await gridView.getByRole('img', { name: FIGURE }).count()).toBe(1);
    expect(await gridView.getByRole('cell', { name: WALES_ANSWER }).count()).toBe(1);
    await gridView.close();
  });

  it('labels the patient plan from the edited grid as a sample, on screen and on paper, with its new help line', async () => {
    await panel.getByRole('button', { name: /^5\. / }).click();
    await panel.getByLabel('First action').fill('Walk for 20 minutes each day', { timeout: 15_000 });
    const opened = session.context.waitForEvent('page', { timeout: 30_000 });
    await panel.getByRole('button', { name: /^Print \/ patient view/ }).click();
    view = await opened;
    const note = view.getByRole('note', { name: `About the option grid used: ${TITLE} (version 2.0)` });
    await expect.poll(() => note.textContent(), { timeout: 15_000 }).toContain(SAMPLE);
    expect(await view.locator('article.plan-doc').textContent()).toContain(NEW_HELP_LINE);
    await view.emulateMedia({ media: 'print' });
    const printed = squash(await pdfText(await printToPdf(view)));
    expect(printed).toContain(squash(`About the option grid used: ${TITLE}`));
    expect(printed).toContain(squash(SAMPLE));
    expect(printed).toContain(squash(NEW_HELP_LINE));
    await view.emulateMedia({ media: 'screen' });
  });

  it('signed off with a review date now past, the plan says the review is overdue instead', async () => {
    await myCard().getByRole('button', { name: 'Edit', exact: true }).click();
    await library.getByLabel('Reviewer name').fill('Dr A Jones');
    await library.getByLabel('Reviewer role').fill('GP partner');
    await library.getByLabel('Professional register').fill('GMC');
    await library.getByLabel('Registration number').fill('1234567');
    await library.getByLabel('Signed off on').fill('2024-01-10');
    await library.getByLabel('Next review date').fill('2025-01-10');
    await library.getByRole('button', { name: 'Save grid' }).click();
    await expect
      .poll(() => library.getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('Saved');

    await view.reload();
    const note = view.getByRole('note', { name: `About the option grid used: ${TITLE} (version 2.0)` });
    await expect
      .poll(() => note.textContent(), { timeout: 15_000 })
      .toContain('Review overdue: this grid was due to be checked again on 10 January 2025');
    expect(await note.textContent()).not.toContain(SAMPLE);
    await view.emulateMedia({ media: 'print' });
    const printed = squash(await pdfText(await printToPdf(view)));
    expect(printed).toContain(
      squash('Review overdue: this grid was due to be checked again on 10 January 2025'),
    );
    expect(printed).not.toContain(squash(SAMPLE));
    expect(session.offMachineRequests).toEqual([]);
  });
});
