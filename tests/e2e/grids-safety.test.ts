import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';
import { pdfText, printToPdf, squash } from './pdf-support';
import { saveSettings } from './settings-support';

/**
 * Grids a clinical reviewer can sign off (docs/option-grids.md), in real Chromium:
 * who a grid is not for, the sample and overdue labels, absolute figures with an
 * icon array, every column on screen at 1024 px.
 */
const STATINS = 'Statins to lower the risk of heart attack and stroke';
const SAMPLE = 'Sample — not yet signed off by your practice';
const BUNDLED_IDS = readdirSync('lib/option-grids/bundled')
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''));

describe('option grids a reviewer can sign off, in real Chromium', () => {
  let session: Session;
  let panel: Page;
  const grid = () => panel.getByRole('article', { name: `Option grid: ${STATINS}` });

  beforeAll(async () => {
    session = await launch();
    panel = await session.openSidePanel();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the sample label and the scope banner in the panel before the grid', async () => {
    await panel.getByRole('button', { name: /^4\. / }).click();
    await panel.getByLabel('Find an option grid').fill('statin');
    await panel.getByRole('button', { name: STATINS }).click();
    await expect.poll(() => grid().isVisible(), { timeout: 15_000 }).toBe(true);
    const scope = grid().getByRole('region', { name: 'Who this is for' });
    expect(await grid().getByText(SAMPLE).isVisible()).toBe(true);
    expect(await scope.getByText('This is not for you if:').isVisible()).toBe(true);
    expect(await scope.getByText(/You have had a heart attack, angina, a stroke/).isVisible()).toBe(true);
    expect(await scope.getByText('For the clinician — do not use if:').isVisible()).toBe(true);
    // Read before the grid: the banner sits above the first of the grid's questions.
    const banner = await scope.boundingBox();
    const firstRow = await grid().getByRole('group', { name: 'What does it involve?' }).boundingBox();
    expect(banner!.y).toBeLessThan(firstRow!.y);
    expect(
      await grid()
        .getByRole('region', { name: 'When to get help' })
        .getByText(/dark brown urine/)
        .count(),
    ).toBe(1);
  });

  it('shows absolute figures with both framings and an icon array with a text alternative', async () => {
    const view = await session.openExtensionPage('grid-view.html?id=statins-heart-stroke-risk');
    await view.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
    const statin = view.getByRole('img', {
      name: 'Over 10 years, 7 in 100 people have a heart attack or stroke. The other 93 in 100 do not.',
    });
    expect(await statin.count()).toBe(1);
    expect(await statin.locator('rect').count()).toBe(7);
    expect(await view.getByText(SAMPLE).isVisible()).toBe(true);
    expect(await view.getByText('This is not for you if:').isVisible()).toBe(true);

    await view.emulateMedia({ media: 'print' });
    const text = squash(await pdfText(await printToPdf(view)));
    for (const words of [SAMPLE, 'This is not for you if:', 'When to get help', '7 in 100 people']) {
      expect(text).toContain(squash(words));
    }
    // The printout goes home with the patient: the clinician-only lines stay on screen.
    expect(text).not.toContain(squash('For the clinician'));
    await view.close();
  });

  it('keeps every column of every grid on screen at 1024 px', async () => {
    const view = await session.context.newPage();
    await view.setViewportSize({ width: 1024, height: 768 });
    const cutOff: string[] = [];
    for (const id of BUNDLED_IDS) {
      await view.goto(`chrome-extension://${session.extensionId}/grid-view.html?id=${id}`);
      await view.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
      const right = await view.evaluate(() =>
        Math.max(
          ...[...document.querySelectorAll('.grid-table th, .grid-table td')].map(
            (cell) => cell.getBoundingClientRect().right,
          ),
        ),
      );
      if (right > 1024) cutOff.push(`${id}: ${Math.round(right)} px`);
    }
    expect(cutOff).toEqual([]);
    await view.close();
  });

  it('keeps every column of the four- and five-option grids on the A4 page when printed', async () => {
    // A4 less the 12 mm margins of grid-view.css, in CSS pixels: the width print lays out in.
    const printable = Math.floor(((210 - 2 * 12) / 25.4) * 96);
    const view = await session.context.newPage();
    await view.setViewportSize({ width: printable, height: 1000 });
    await view.emulateMedia({ media: 'print' });
    const problems: string[] = [];
    for (const id of BUNDLED_IDS) {
      await view.goto(`chrome-extension://${session.extensionId}/grid-view.html?id=${id}`);
      await view.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
      const labels = await view.locator('.grid-table thead th').allTextContents();
      if (labels.length < 5) continue; // the question column and four or five options
      const right = await view.evaluate(() =>
        Math.max(
          ...[...document.querySelectorAll('.grid-table th, .grid-table td')].map(
            (cell) => cell.getBoundingClientRect().right,
          ),
        ),
      );
      if (right > printable) problems.push(`${id}: a column ends at ${Math.round(right)} px of ${printable}`);
      const printed = squash(await pdfText(await printToPdf(view)));
      for (const label of labels.slice(1)) {
        if (!printed.includes(squash(label))) problems.push(`${id}: "${label}" is not on the printed page`);
      }
    }
    expect(problems).toEqual([]);
    await view.close();
  });

  it('signs a shipped grid off for the practice, only by a role its policy names; past its review date it shows as overdue', async () => {
    await saveSettings(session, (o) =>
      o.getByLabel('Who may sign off option grids').fill('Role: GP partner'),
    );
    const library = await session.openExtensionPage('grids.html');
    const card = library
      .getByRole('region', { name: /^Shipped with Cocreate/ })
      .getByRole('article', { name: STATINS });
    await card.getByRole('button', { name: 'Sign off for my practice' }).click({ timeout: 15_000 });
    const form = card.getByRole('form', { name: `Sign off ${STATINS}` });
    await form.getByLabel('Reviewer name').fill('Dr A Jones');
    await form.getByLabel('Reviewer role').fill('Receptionist');
    await form.getByLabel('Professional register').fill('GMC');
    await form.getByLabel('Registration number').fill('1234567');
    await form.getByLabel('Signed off on').fill('2024-01-10');
    await form.getByLabel('Next review date').fill('2025-01-10');
    await form.getByRole('button', { name: 'Save sign-off' }).click();
    // A role the practice's policy does not name is refused, and nothing is saved.
    await expect
      .poll(() => form.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain('your practice’s policy does not name Dr A Jones (Receptionist)');
    expect(await library.getByText(`Signed off “${STATINS}” on this computer.`).count()).toBe(0);
    await form.getByLabel('Reviewer role').fill('GP partner');
    await form.getByLabel('Next review date').fill('2025-01-10');
    await form.getByRole('button', { name: 'Save sign-off' }).click();
    await expect
      .poll(() => library.getByText(`Signed off “${STATINS}” on this computer.`).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await library.close();

    await panel.reload();
    await expect.poll(() => grid().isVisible(), { timeout: 15_000 }).toBe(true);
    await expect
      .poll(() =>
        grid()
          .getByText(/^Review overdue/)
          .isVisible(),
      )
      .toBe(true);
    expect(await grid().getByText(SAMPLE).count()).toBe(0);

    const view = await session.openExtensionPage('grid-view.html?id=statins-heart-stroke-risk');
    await view.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
    expect(await view.getByText(/^Review overdue/).isVisible()).toBe(true);
    await view.emulateMedia({ media: 'print' });
    const text = squash(await pdfText(await printToPdf(view)));
    expect(text).toContain(
      squash('Review overdue: this grid was due to be checked again on 10 January 2025'),
    );
    expect(text).toContain(squash('Signed off by Dr A Jones, GP partner (GMC 1234567): 2024-01-10'));
    expect(text).not.toContain(squash(SAMPLE));
    await view.close();
    expect(session.offMachineRequests).toEqual([]);
  });
});
