import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';
import { launchAllowed } from './plan-support';

/**
 * docs/continuity.md: a plan agreed on one PC is inserted into each rich editor of the demo EHR,
 * read back through the editor's own API (as a clinician copying the note would get it), pasted
 * into the review step of a fresh browser profile (another PC), and reviewed against its baseline.
 */
interface DemoWindow {
  demoEditors: Record<string, Record<string, (...args: unknown[]) => unknown>>;
}
const PATIENT_REF = 'CN1957';
const GOAL = 'Walk to the park and back without stopping';
const FIRST_ACTION = 'Walk to the corner shop every morning';
const sessions: Session[] = [];
const removals: (() => void)[] = [];
const readBack: Record<string, string> = {};

async function pick(page: Page, group: RegExp, value: number): Promise<void> {
  const ruler = page.getByRole('radiogroup', { name: group });
  await ruler.getByText(String(value), { exact: true }).click();
}

afterAll(async () => {
  for (const session of sessions) await session.close();
  for (const remove of removals) remove();
});

describe('continuity through the EHR note, between two browser profiles', () => {
  it('one profile writes the note into each rich editor; each editor gives the summary back', async () => {
    const { session, remove } = await launchAllowed();
    sessions.push(session);
    removals.push(remove);
    const panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').fill(PATIENT_REF);
    await panel.keyboard.press('Alt+5');
    await panel
      .getByRole('heading', { level: 2, name: '5. Agreeing the way forward' })
      .waitFor({ timeout: 15_000 });
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
    await panel.getByRole('radio', { name: 'Clinician note' }).check();
    const preview = panel.getByRole('region', { name: 'Clinician note preview' });
    await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toContain('End of Cocreate summary');
    const ehr = await session.openDemoEhr();
    await ehr.locator('body[data-editors-ready="true"]').waitFor({ timeout: 30_000 });

    const editors: [string, string, string, () => Promise<string>][] = [
      [
        'quill',
        '#quill-editor .ql-editor',
        'Examination',
        () => ehr.evaluate(() => String((window as unknown as DemoWindow).demoEditors.quill!.getText!())),
      ],
      [
        'ckeditor',
        '#ckeditor-editor + .ck-editor .ck-editor__editable',
        'Plan (CKEditor 5)',
        () => ehr.evaluate(() => String((window as unknown as DemoWindow).demoEditors.ckeditor!.getData!())),
      ],
    ];
    for (const [name, selector, label, read] of editors) {
      await ehr.bringToFront();
      await ehr.locator(selector).click();
      await panel.bringToFront();
      await panel.evaluate(() => window.dispatchEvent(new Event('focus')));
      await panel.getByRole('button', { name: /^Insert clinician note into the EHR/ }).click();
      const status = panel.getByRole('status').filter({ hasText: /Inserted|Nothing|Copied/ });
      // Named by the field, so the earlier editor's "Inserted" cannot pass for this one.
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(`Inserted into ${label}`);
      readBack[name] = await read();
      expect(readBack[name]).toContain('End of Cocreate summary');
    }
    await ehr.bringToFront();
    await ehr.frameLocator('#tinymce-editor_ifr').locator('body').click();
    await panel.bringToFront();
    await panel.evaluate(() => window.dispatchEvent(new Event('focus')));
    await panel.getByRole('button', { name: /^Insert clinician note into the EHR/ }).click();
    const status = panel.getByRole('status').filter({ hasText: /Inserted|Nothing|Copied/ });
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toContain('Inserted into Letter to patient');
    readBack.tinymce = String(
      await ehr.evaluate(() => (window as unknown as DemoWindow).demoEditors.tinymce!.getContent!()),
    );
    expect(readBack.tinymce).toContain('End of Cocreate summary');
    expect(session.offMachineRequests).toEqual([]);
  });

  it.each(['quill', 'ckeditor', 'tinymce'])(
    'a fresh profile reads the note from %s and reviews against its baseline',
    async (editor) => {
      const session = await launch();
      sessions.push(session);
      const panel = await session.openSidePanel();
      await panel.getByLabel('Patient reference').fill(PATIENT_REF);
      await panel.keyboard.press('Alt+7');
      await panel.getByRole('button', { name: 'Paste the earlier note' }).click();
      await panel.getByLabel('Paste the earlier note').fill(readBack[editor] ?? '');
      await panel.getByRole('button', { name: 'Read the note' }).click();
      const found = panel.getByRole('region', { name: 'Found in the earlier note: check it' });
      await expect.poll(() => found.innerText(), { timeout: 15_000 }).toContain(GOAL);
      if (process.env.COCREATE_SHOTS_DIR && editor === 'quill') {
        await panel.screenshot({
          path: `${process.env.COCREATE_SHOTS_DIR}/continuity-confirm.png`,
          fullPage: true,
        });
      }
      await panel.getByRole('button', { name: 'Use as the baseline for this review' }).click();
      const earlier = panel.getByRole('region', { name: /^The plan from / });
      await expect.poll(() => earlier.innerText(), { timeout: 15_000 }).toContain(GOAL);
      const shown = await earlier.innerText();
      expect(shown).toContain(FIRST_ACTION);
      expect(shown).toContain('6 out of 10');
      expect(shown).toContain('3 out of 10');
      expect(shown).toContain('320 L/min');
      expect(shown).toContain('Read from the earlier note in the record.');
      await pick(panel, /^Where would you put yourself now/, 6);
      const since = panel.getByRole('region', { name: 'Since last time' });
      await expect.poll(() => since.innerText(), { timeout: 15_000 }).toContain('went from 3 to 6 out of 10');
      if (process.env.COCREATE_SHOTS_DIR && editor === 'quill') {
        await panel.screenshot({
          path: `${process.env.COCREATE_SHOTS_DIR}/continuity-review.png`,
          fullPage: true,
        });
      }
      expect(session.offMachineRequests).toEqual([]);
    },
  );
});
