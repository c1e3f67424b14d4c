import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

/**
 * docs/continuity.md, "Reading back": a consultation that read an option grid together, chose an
 * option and set a review date is exported as FHIR in one browser profile (one PC) and read into the
 * review of the same patient in a fresh profile (another PC). The review shows the options weighed
 * with their benefits and risks, the decision and the review date, as the clinician who agreed the
 * plan left them.
 */
const PATIENT_REF = 'ST 1988';
const AGREED_ON = new Date('2026-09-01T10:00:00Z');
const REVIEWED_ON = new Date('2026-09-20T10:00:00Z');
const GRID = 'Sore throat: do I need an antibiotic?';
/** The grid's options with their main benefit and downside, as the clinician read them together. */
const GRID_OPTIONS = (
  JSON.parse(readFileSync(resolve('lib/option-grids/bundled/sore-throat-antibiotics.json'), 'utf8')) as {
    options: { label: string; mainBenefit: string; mainDownside: string }[];
  }
).options;
const OPTIONS = GRID_OPTIONS.map((o) => o.label);
const CHOSEN = OPTIONS[1]!;
const GOAL = 'Back at work by Monday';
const files = mkdtempSync(join(tmpdir(), 'cocreate-fhir-options-'));
const exported = join(files, 'plan.fhir.json');
const sessions: Session[] = [];

async function openAt(session: Session, at: Date): Promise<Page> {
  const page = await session.context.newPage();
  await page.clock.setFixedTime(at);
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  return page;
}

async function goTo(page: Page, element: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Elements' }).getByRole('button', { name: element }).click();
}

async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[data-save-status]').getAttribute('data-save-status'), { timeout: 15_000 })
    .toBe('saved');
}

afterAll(async () => {
  for (const session of sessions) await session.close();
  rmSync(files, { recursive: true, force: true });
});

describe('options, decision and review date survive FHIR between two browser profiles', () => {
  it('one profile reads a grid together, chooses an option, sets a review date and exports FHIR', async () => {
    const session = await launch();
    sessions.push(session);
    const panel = await openAt(session, AGREED_ON);
    await panel.getByLabel('Patient reference').fill(PATIENT_REF);
    await goTo(panel, /^4\./);
    await panel.getByLabel('Find an option grid').fill('sore throat');
    await panel.getByRole('button', { name: GRID }).click();
    await panel.getByRole('article', { name: `Option grid: ${GRID}` }).waitFor({ timeout: 15_000 });
    // A question read across every option: all three were discussed.
    await panel.getByLabel('This question mattered to the patient').first().check();
    await goTo(panel, /^5\./);
    await panel.getByRole('group', { name: 'Option chosen' }).getByLabel(CHOSEN).check();
    await panel.getByLabel(/^Goal/).fill(GOAL);
    await panel.getByLabel('First action').fill('Take the prescription only if no better in 3 days');
    await panel.getByLabel('Follow-up date').fill('2026-09-22');
    await panel.getByLabel('Plan agreed with the patient').check();
    await saved(panel);

    const downloading = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export FHIR (JSON)' }).click();
    const download = await downloading;
    await download.saveAs(exported);
    const text = readFileSync(exported, 'utf8');
    for (const option of OPTIONS) expect(text).toContain(option);
    expect(session.offMachineRequests).toEqual([]);
  });

  it('a fresh profile reads it at the review: options, decision and review date shown, then kept', async () => {
    const session = await launch();
    sessions.push(session);
    const panel = await openAt(session, REVIEWED_ON);
    await panel.getByLabel('Patient reference').fill(PATIENT_REF);
    await goTo(panel, /^7\./);
    await panel.getByRole('button', { name: 'Read a FHIR file' }).click();
    await panel.getByLabel('Read a FHIR file').setInputFiles(exported);

    const found = panel.getByRole('region', { name: 'Found in the FHIR file: check it' });
    await expect.poll(() => found.innerText(), { timeout: 15_000 }).toContain(`Option chosen: ${CHOSEN}`);
    const checking = await found.innerText();
    for (const o of GRID_OPTIONS) {
      expect(checking).toContain(o.label);
      expect(checking).toContain(`Benefits: ${o.mainBenefit}`);
      expect(checking).toContain(`Risks: ${o.mainDownside}`);
    }
    await panel.getByRole('button', { name: 'Use as the baseline for this review' }).click();

    const earlier = panel.getByRole('region', { name: 'The plan from 1 September 2026' });
    await expect.poll(() => earlier.innerText(), { timeout: 15_000 }).toContain(GOAL);
    const shown = await earlier.innerText();
    expect(shown).toContain(`Option chosen: ${CHOSEN}`);
    expect(shown).toMatch(/Review date\s+22 September 2026/);
    const weighed = await earlier
      .getByRole('list', { name: 'Options weighed' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(weighed.map((text) => text.replace(/\s+/g, ' '))).toEqual(
      GRID_OPTIONS.map(
        (o) =>
          `${o.label}${o.label === CHOSEN ? ' (chosen)' : ''} Benefits: ${o.mainBenefit} Risks: ${o.mainDownside}`,
      ),
    );
    if (process.env.COCREATE_SHOTS_DIR) {
      await panel.screenshot({
        path: `${process.env.COCREATE_SHOTS_DIR}/fhir-options-review.png`,
        fullPage: true,
      });
    }
    expect(session.offMachineRequests).toEqual([]);
  });
});
