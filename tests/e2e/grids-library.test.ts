import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

const TITLE = 'Hip pain: what could help';

describe('the option grid library page, in real Chromium', () => {
  let session: Session;
  let library: Page;
  let exported = '';

  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  const section = (name: RegExp) => library.getByRole('region', { name });
  const myGrids = () => section(/^My grids/);

  it('opens from the side panel header and lists the shipped grids with review dates', async () => {
    const panel = await session.openSidePanel();
    [library] = await Promise.all([
      session.context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Grid library' }).click(),
    ]);
    await library.waitForLoadState();
    expect(new URL(library.url()).pathname).toBe('/grids.html');
    await expect
      .poll(
        () =>
          section(/^Shipped with Cocreate/)
            .getByRole('article')
            .count(),
        { timeout: 15_000 },
      )
      .toBe(16);
    expect(await library.getByText('Check the content before clinical use').isVisible()).toBe(true);
    expect(await library.getByText(/review due 20\d\d-\d\d-\d\d/).count()).toBeGreaterThanOrEqual(10);
    expect(await myGrids().getByRole('article').count()).toBe(0);
  });

  it('authors a new grid, validated as it is typed', async () => {
    await library.getByRole('button', { name: 'New grid' }).click();
    await library.getByRole('heading', { level: 1, name: 'New option grid' }).waitFor();
    expect((await new AxeBuilder({ page: library }).analyze()).violations).toEqual([]);
    await library.getByLabel('Title', { exact: true }).fill(TITLE);
    await library.getByLabel('The decision in one question').fill('What could I do about my hip pain?');
    await library.getByLabel('Keywords').fill('hip, joint pain');
    await library.getByLabel('Author', { exact: true }).fill('Dr Test');
    await library.getByLabel('Organisation', { exact: true }).fill('Riverside Surgery');
    await library.getByLabel('Option 1 name').fill('Exercise with a physio');
    await library.getByLabel('Option 1 main benefit').fill('Eases pain for many people.');
    await library.getByLabel('Option 1 main downside').fill('Takes time each week.');
    await library.getByLabel('Option 2 main benefit').fill('No side effects.');
    await library.getByLabel('Option 2 main downside').fill('Pain may stay the same.');
    await library.getByLabel('Question 1', { exact: true }).fill('Will it ease my pain?');
    await library.getByLabel('Question 1 answer for option 1').fill('Yes, for most people.');
    await library.getByLabel('Question 1 answer for option 2').fill('It may come and go.');
    await library.getByLabel('Source 1 citation').fill('NICE NG226: Osteoarthritis in over 16s (2022)');
    await library.getByLabel('Source 1 link').fill('https://www.nice.org.uk/guidance/ng226');
    // Citing a source per row is optional, so the form is already valid.
    await expect.poll(() => library.getByRole('heading', { name: 'Ready to save' }).count()).toBe(1);
    expect(await library.getByText(/Reading ease \d+/).count()).toBeGreaterThanOrEqual(2);
    await library.getByLabel('Source 1: NICE NG226').check();

    // A hostile edit is refused as it is typed, in plain words.
    await library.getByLabel('Option 1 name').fill('<img src=x onerror=alert(1)>');
    await expect
      .poll(() => library.getByText('Option 1 › "label": must be plain text').count())
      .toBeGreaterThanOrEqual(1);
    await library.getByLabel('Option 1 name').fill('Exercise with a physio');

    await library.getByRole('button', { name: 'Save grid' }).click();
    await expect
      .poll(() => myGrids().getByRole('article', { name: TITLE }).count(), { timeout: 15_000 })
      .toBe(1);
  });

  it('exports the new grid as a JSON file', async () => {
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      myGrids().getByRole('article', { name: TITLE }).getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('hip-pain-what-could-help-v1.0.json');
    const path = await download.path();
    exported = readFileSync(path, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ id: 'hip-pain-what-could-help', title: TITLE });
  });

  it('exports the whole library as one bundle', async () => {
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export the whole library' }).click(),
    ]);
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      format: string;
      grids: unknown[];
    };
    expect(bundle.format).toBe('cocreate-option-grids');
    expect(bundle.grids).toHaveLength(17);
  });

  it('deletes the grid after asking', async () => {
    const card = myGrids().getByRole('article', { name: TITLE });
    await card.getByRole('button', { name: 'Delete' }).click();
    await library
      .getByRole('alertdialog', { name: `Delete ${TITLE}?` })
      .getByRole('button', { name: 'Yes, delete' })
      .click();
    await expect.poll(() => myGrids().getByRole('article').count(), { timeout: 15_000 }).toBe(0);
  });

  it('refuses a malformed file in plain words, writing nothing', async () => {
    await library.getByLabel('Import grids from a file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...JSON.parse(exported), options: [] })),
    });
    const alert = library.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('Nothing was imported');
    expect(await alert.textContent()).toContain('"options": must have 2 to 5 options (it has 0)');
    expect(await myGrids().getByRole('article').count()).toBe(0);
  });

  it('imports the exported file back, confirming first', async () => {
    const file = { name: 'hip.json', mimeType: 'application/json', buffer: Buffer.from(exported) };
    await library.getByLabel('Import grids from a file').setInputFiles(file);
    const confirm = library.getByRole('group', { name: /Import hip\.json\?/ });
    await expect.poll(() => confirm.textContent(), { timeout: 15_000 }).toContain('1 grid new');
    expect(await myGrids().getByRole('article').count()).toBe(0);
    await confirm.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => myGrids().getByRole('article', { name: TITLE }).count(), { timeout: 15_000 })
      .toBe(1);

    // The same file again is a duplicate: nothing changes unless the clinician says so.
    await library.getByLabel('Import grids from a file').setInputFiles(file);
    await expect.poll(() => confirm.textContent(), { timeout: 15_000 }).toContain('1 grid kept as they were');
    await confirm.getByLabel(/Replace “Hip pain: what could help” version 1\.0/).check();
    await expect.poll(() => confirm.textContent()).toContain('1 grid updated');
    await confirm.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => library.getByRole('status').textContent()).toContain('1 grid updated');
  });

  it('edits a copy of a shipped grid as my own grid', async () => {
    const knee = section(/^Shipped with Cocreate/).getByRole('article', { name: /^Knee osteoarthritis/ });
    await knee.getByRole('button', { name: 'Edit a copy' }).click();
    await library.getByLabel('Title', { exact: true }).fill('Knee osteoarthritis: our practice version');
    await library.getByRole('button', { name: 'Save grid' }).click();
    await expect
      .poll(
        () => myGrids().getByRole('article', { name: 'Knee osteoarthritis: our practice version' }).count(),
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    expect(
      await section(/^Shipped with Cocreate/)
        .getByRole('article')
        .count(),
    ).toBe(16);
    expect(session.offMachineRequests).toEqual([]);
  });
});
