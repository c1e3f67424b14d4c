import type { Page } from 'playwright-core';
import type { Session } from './harness';

/** The lines of a text that carry words: editors differ only in how they show blank lines. */
export const wordLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').trim())
    .filter(Boolean);

/**
 * A consultation at "agreeing the way forward" with a two-line goal, the clinician note shown;
 * returns the note as the panel previews it.
 */
export async function panelWithNote(panel: Page): Promise<string> {
  await panel.getByLabel('Patient reference').fill('AE 1961');
  await panel.keyboard.press('Alt+5');
  await panel
    .getByRole('heading', { level: 2, name: '5. Agreeing the way forward' })
    .waitFor({ timeout: 15_000 });
  await panel.getByLabel(/^Goal/).fill('Walk to the allotment\nwithout stopping by the spring');
  await panel.getByLabel('First action').fill('Walk for 10 minutes after lunch');
  await panel.getByLabel('How often').fill('Five days a week');
  await panel.getByLabel('Plan agreed with the patient').check();
  await panel.getByRole('radio', { name: 'Clinician note' }).check();
  const preview = panel.getByRole('region', { name: 'Clinician note preview' });
  await preview.getByText(/Walk for 10 minutes/).waitFor({ timeout: 15_000 });
  return (await preview.locator('pre').textContent()) ?? '';
}

/** A demo EHR page by file name, once its editors have mounted. */
export async function openDemoPage(session: Session, file: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(new URL(file, session.demoUrl).href, { timeout: 60_000 });
  await page.locator('body[data-editors-ready="true"]').waitFor({ timeout: 30_000 });
  return page;
}

/**
 * Turns from the EHR to the sidebar. Headless Chromium does not move window focus between
 * tabs, so the test sends the focus event the side panel receives when the clinician clicks it.
 */
export async function turnToPanel(panel: Page): Promise<void> {
  await panel.bringToFront();
  await panel.evaluate(() => window.dispatchEvent(new Event('focus')));
}

/** What the plan panel's own status line says now. */
export const planStatus = (panel: Page): Promise<string | null> =>
  panel.getByRole('region', { name: 'The agreed plan' }).getByRole('status').first().textContent();

/** Presses Insert for the clinician note (the panel first says "Inserting…", then the outcome). */
export async function pressInsert(panel: Page): Promise<void> {
  await panel.bringToFront();
  await panel.getByRole('button', { name: /^Insert clinician note into the EHR/ }).click();
}

/** What the page's own Save stored for a note, read from the note's model (demo-ehr/src/demo-saved.ts). */
export async function savedBy(ehr: Page, name: string): Promise<string> {
  await ehr.bringToFront();
  await ehr.locator(`[data-save="${name}"]`).click();
  return ehr.evaluate(
    (key) => (window as unknown as { demoSaved: Record<string, string> }).demoSaved[key] ?? '',
    name,
  );
}
