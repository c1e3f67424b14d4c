import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { pdfPageCount, pdfText, printToPdf } from './pdf-support';

const TITLE = 'Raised blood pressure: what to do next';

const BUNDLED_IDS = readdirSync('lib/option-grids/bundled')
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''));

describe('option grids in the side panel, in real Chromium', () => {
  let session: Session;
  let panel: Page;
  let view: Page;
  beforeAll(async () => {
    session = await launch();
    await session.openDemoEhr();
    panel = await session.openSidePanel();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('searches as the clinician types and opens a grid in discussing options', async () => {
    await panel.getByRole('button', { name: /^4\. / }).click();
    await panel.getByLabel('Find an option grid').fill('blood pres');
    await panel.getByRole('button', { name: TITLE }).click();
    const grid = panel.getByRole('article', { name: `Option grid: ${TITLE}` });
    await expect.poll(() => grid.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => grid.getByText('What are my options?').isVisible()).toBe(true);
    // The grid's options become the options discussed, ready for the plan.
    await expect
      .poll(() => panel.getByRole('group', { name: /Option 1: Take blood pressure tablets/ }).count())
      .toBe(1);
  });

  it('ticks the questions that mattered and the option the patient leans to, and keeps them', async () => {
    const leaning = panel.getByRole('group', { name: 'Which option does the patient lean to?' });
    // A click, not check(): the box leaves the screen as the first choice goes on (docs/quick-path.md).
    await leaning.getByLabel('Healthy changes first').click();
    // The first choice goes on to agreeing the plan (docs/quick-path.md); back to the grid for its questions.
    await panel.getByRole('heading', { level: 2, name: '5. Agreeing the way forward' }).waitFor();
    await panel.getByRole('button', { name: /^4\. / }).click();
    const firstRow = panel.getByRole('group', { name: 'What does it involve?' });
    await firstRow.getByLabel('This question mattered to the patient').check();
    await expect.poll(() => panel.getByText('Saved', { exact: false }).first().isVisible()).toBe(true);

    await panel.reload();
    const again = panel.getByRole('group', { name: 'Which option does the patient lean to?' });
    await expect
      .poll(() => again.getByLabel('Healthy changes first').isChecked(), { timeout: 15_000 })
      .toBe(true);
    await expect
      .poll(() =>
        panel
          .getByRole('group', { name: 'What does it involve?' })
          .getByLabel('This question mattered to the patient')
          .isChecked(),
      )
      .toBe(true);
    // The same leaning shows on the option card below the grid.
    await expect
      .poll(() =>
        panel
          .getByRole('group', { name: /Option 2: Healthy changes first/ })
          .getByLabel('The patient leans to this')
          .isChecked(),
      )
      .toBe(true);
  });

  it('shows the grid to the patient in a full tab', async () => {
    [view] = await Promise.all([
      session.context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Show to patient' }).click(),
    ]);
    await view.waitForLoadState();
    expect(new URL(view.url()).pathname).toBe('/grid-view.html');
    await expect
      .poll(() => view.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe(TITLE);
    const headers = await view.getByRole('columnheader').allTextContents();
    expect(headers).toEqual([
      'Your question',
      'Take blood pressure tablets',
      'Healthy changes first',
      'Wait and check again',
    ]);
    expect(await view.getByRole('rowheader').count()).toBe(7);
    expect(await view.getByText('How likely are they to happen to me?').isVisible()).toBe(true);
    // For looking at the page: COCREATE_SHOTS_DIR=/tmp/x saves a screenshot.
    const shots = process.env.COCREATE_SHOTS_DIR;
    if (shots) await view.screenshot({ path: `${shots}/grid-view.png`, fullPage: true });
  });

  it('prints the grid on one A4 page with its content', async () => {
    await view.emulateMedia({ media: 'print' });
    expect(await view.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    const screenshot = await view.screenshot({ fullPage: true });
    expect(screenshot.length).toBeGreaterThan(1000);
    const pdf = await printToPdf(view);
    expect(pdfPageCount(pdf)).toBe(1);
    const text = await pdfText(pdf);
    for (const words of [TITLE, 'Wait and check again', 'What are my options?', 'NICE guideline NG136']) {
      expect(text).toContain(words);
    }
  });

  it('prints from the side panel: the grid opens in a tab and asks to print', async () => {
    // Count print requests instead of opening the system dialog.
    await session.context.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.printed = String(
          Number(document.documentElement.dataset.printed ?? 0) + 1,
        );
      };
    });
    const [printed] = await Promise.all([
      session.context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Print' }).click(),
    ]);
    expect(new URL(printed.url()).searchParams.get('print')).toBe('1');
    await expect
      .poll(() => printed.evaluate(() => document.documentElement.dataset.printed ?? '0'), {
        timeout: 15_000,
      })
      .toBe('1');
    await printed.close();
  });

  it('fits every bundled grid on one A4 page', async () => {
    const page = await session.context.newPage();
    const pages: Record<string, number> = {};
    for (const id of BUNDLED_IDS) {
      await page.goto(`chrome-extension://${session.extensionId}/grid-view.html?id=${id}`);
      await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
      pages[id] = pdfPageCount(await printToPdf(page));
    }
    await page.close();
    expect(Object.entries(pages).filter(([, count]) => count !== 1)).toEqual([]);
    expect(session.offMachineRequests).toEqual([]);
  });
});
