import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseBidi } from '../../lib/domain/read-values';
import { SHORT_HOSTILE_STRINGS } from '../fixtures/hostile-strings';
import type { Session } from './harness';
import { launchAllowed } from './plan-support';
import { TRAP_AND_CSP_LISTENER } from './trust-pages';

/**
 * "Nothing injected" (docs/privacy.md), at the last output: EHR insertion. Every short hostile
 * string goes into the plan; the clinician note is inserted into the demo EHR's plain
 * field, contenteditable, Quill and CKEditor 5. The EHR page carries the script trap;
 * no script may run there and the words must arrive as words.
 */
const STRINGS = SHORT_HOSTILE_STRINGS.filter((h) => h.value.trim() !== '' && !h.lossy);

/**
 * How an editor shows text: line breaks, NBSP and runs of spaces may change; words may not.
 * Bidirectional controls are dropped from every output on purpose (lib/plan/safe-text.ts).
 */
function words(value: string): string {
  return neutraliseBidi(value)
    .replace(/[\r\n\u00a0]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('nothing injected: the plan inserted into EHR editors, in real Chromium', () => {
  let session: Session;
  let remove: () => void;
  let panel: Page;
  let ehr: Page;

  beforeAll(async () => {
    const launched = await launchAllowed();
    session = launched.session;
    remove = () => launched.remove();
    await session.context.addInitScript(TRAP_AND_CSP_LISTENER);
    panel = await session.openSidePanel();
    await panel.getByLabel('What matters to the patient').fill(STRINGS.map((h) => h.value).join('\n'));
    await panel.keyboard.press('Alt+5');
    await panel.getByLabel(/^Goal/).fill('Walk to the allotment');
    await panel.getByLabel('Plan agreed with the patient').check();
    await panel.getByRole('radio', { name: 'Clinician note' }).check();
    ehr = await session.openDemoEhr();
    await ehr.locator('body[data-editors-ready="true"]').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await session?.close();
    remove?.();
  });

  /** Clicks into an EHR field, turns to the sidebar (headless needs the focus event sent), inserts the note. */
  async function insertInto(field: Locator): Promise<void> {
    await ehr.bringToFront();
    await field.click();
    await panel.bringToFront();
    await panel.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect
      .poll(() => panel.getByText(/^Insert goes into:/).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await panel.getByRole('button', { name: /^Insert clinician note into the EHR/ }).click();
    const status = panel.getByRole('status').filter({ hasText: /Inserted|Nothing|Copied/ });
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Inserted into/);
  }

  it.each([
    ['a plain textarea', '#note-textarea'],
    ['a contenteditable div', '#note-contenteditable'],
    ['Quill', '#quill-editor .ql-editor'],
    ['CKEditor 5', '#ckeditor-editor + .ck-editor .ck-editor__editable'],
  ])(`writes ${STRINGS.length} hostile strings into %s as text, running nothing`, async (_name, selector) => {
    const field = ehr.locator(selector);
    await insertInto(field);
    const shown = words(
      await field.evaluate((el) =>
        el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText,
      ),
    );
    expect(STRINGS.filter((h) => !shown.includes(words(h.value))).map((h) => h.id)).toEqual([]);
    expect(await field.locator('script, img, svg, iframe, a[href^="javascript"], [onerror]').count()).toBe(0);
    // Let anything that could fire (image errors, toggles, autofocus) fire before looking at the trap.
    await ehr.waitForTimeout(300);
    expect(await ehr.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(false);
  });

  it('made no request that left the machine', () => {
    expect(session.offMachineRequests).toEqual([]);
  });
});
