import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launch, type Session } from './harness';

/**
 * docs/standards.md, "Reading back": a plan agreed and exported as FHIR in one browser profile
 * (one PC) is read into the review step of a fresh profile (another PC), and reviewed against its
 * baseline. A foreign file is refused there first, with nothing changed.
 */
const PATIENT_REF = 'FH1952';
const AGREED_ON = new Date('2026-09-01T10:00:00Z');
const REVIEWED_ON = new Date('2026-10-13T10:00:00Z');
const GOAL = 'Walk to the park and back without stopping';
const FIRST_ACTION = 'Walk to the corner shop every morning';
const files = mkdtempSync(join(tmpdir(), 'cocreate-fhir-'));
const sessions: Session[] = [];

async function openAt(session: Session, path: string, at: Date): Promise<Page> {
  const page = await session.context.newPage();
  await page.clock.setFixedTime(at);
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

async function pick(page: Page, group: RegExp, value: number): Promise<void> {
  const ruler = page.getByRole('radiogroup', { name: group });
  await ruler.getByText(String(value), { exact: true }).click();
  await expect
    .poll(() => ruler.getByRole('radio', { name: String(value), exact: true }).isChecked())
    .toBe(true);
}

async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[data-save-status]').getAttribute('data-save-status'), { timeout: 15_000 })
    .toBe('saved');
}

async function goTo(page: Page, element: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Elements' }).getByRole('button', { name: element }).click();
}

afterAll(async () => {
  for (const session of sessions) await session.close();
  rmSync(files, { recursive: true, force: true });
});

describe('FHIR round trip between two browser profiles', () => {
  const exported = join(files, 'plan.fhir.json');

  it('one profile agrees a plan with a baseline and exports it as FHIR', async () => {
    const session = await launch();
    sessions.push(session);
    const panel = await openAt(session, 'sidepanel.html', AGREED_ON);
    await panel.getByLabel('Patient reference').fill(PATIENT_REF);
    await goTo(panel, /^5\./);
    await panel.getByLabel(/^Goal/).fill(GOAL);
    await panel.getByLabel('First action').fill(FIRST_ACTION);
    await pick(panel, /^How confident are you that you will/, 6);
    await panel.getByText('Baseline measures (for review)').click();
    await panel.getByLabel("Patient's own measure").fill('breathlessness');
    await pick(panel, /^Where are you now on/, 3);
    await panel.getByLabel('Clinical measure').fill('Peak flow');
    await panel.getByLabel('Value now').fill('320');
    await panel.getByLabel('Unit').fill('L/min');
    await panel.getByLabel('Plan agreed with the patient').check();
    await saved(panel);

    const downloading = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export FHIR (JSON)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.fhir\.json$/);
    await download.saveAs(exported);
    const bundle = JSON.parse(readFileSync(exported, 'utf8')) as {
      entry: { resource: { resourceType: string; meta?: { profile?: string[] } } }[];
    };
    const plan = bundle.entry.find((e) => e.resource.resourceType === 'CarePlan');
    expect(plan?.resource.meta?.profile).toEqual([
      'https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan',
    ]);
    expect(session.offMachineRequests).toEqual([]);
  });

  it('a fresh profile refuses a foreign file, then reads the export and reviews against its baseline', async () => {
    const session = await launch();
    sessions.push(session);
    const requested: string[] = [];
    session.context.on('request', (request) => {
      if (request.url().startsWith(`chrome-extension://${session.extensionId}/`))
        requested.push(request.url());
    });
    const panel = await openAt(session, 'sidepanel.html', REVIEWED_ON);
    await panel.getByLabel('Patient reference').fill(PATIENT_REF);
    await goTo(panel, /^7\./);

    // The FHIR reader and builder are not loaded with the panel, nor with the review step.
    const scripts = requested
      .filter((url) => url.endsWith('.js'))
      .map((url) => new URL(url).pathname.slice(1));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(readFileSync(join(EXTENSION_DIR, script), 'utf8'), script).not.toContain(
        'urn:cocreate:fhir-export',
      );
    }

    const foreign = join(files, 'other-system.json');
    writeFileSync(foreign, JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] }));
    await panel.getByRole('button', { name: 'Read a FHIR file' }).click();
    await panel.getByLabel('Read a FHIR file').setInputFiles(foreign);
    await expect
      .poll(() => panel.getByRole('alert').innerText(), { timeout: 15_000 })
      .toMatch(/not written by Cocreate.*Nothing was changed\.$/s);
    await panel.getByRole('button', { name: 'Try again' }).click();

    await panel.getByLabel('Read a FHIR file').setInputFiles(exported);
    const found = panel.getByRole('region', { name: 'Found in the FHIR file: check it' });
    await expect.poll(() => found.innerText(), { timeout: 15_000 }).toContain(GOAL);
    await panel.getByRole('button', { name: 'Use as the baseline for this review' }).click();
    // …and are loaded once asked for (so the check above can see them).
    const readerLoaded = requested.some(
      (url) =>
        url.endsWith('.js') &&
        readFileSync(join(EXTENSION_DIR, new URL(url).pathname.slice(1)), 'utf8').includes(
          'urn:cocreate:fhir-export',
        ),
    );
    expect(readerLoaded).toBe(true);

    const earlier = panel.getByRole('region', { name: 'The plan from 1 September 2026' });
    await expect.poll(() => earlier.innerText(), { timeout: 15_000 }).toContain(GOAL);
    const shown = await earlier.innerText();
    expect(shown).toContain(FIRST_ACTION);
    expect(shown).toContain('6 out of 10');
    expect(shown).toContain('3 out of 10');
    expect(shown).toContain('320 L/min');
    await pick(panel, /^Where would you put yourself now/, 6);
    const since = panel.getByRole('region', { name: 'Since last time' });
    await expect.poll(() => since.innerText(), { timeout: 15_000 }).toContain('went from 3 to 6 out of 10');
    if (process.env.COCREATE_SHOTS_DIR) {
      await panel.screenshot({ path: `${process.env.COCREATE_SHOTS_DIR}/fhir-review.png`, fullPage: true });
    }
    expect(session.offMachineRequests).toEqual([]);
  });
});
