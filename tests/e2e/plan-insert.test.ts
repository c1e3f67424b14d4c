import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './harness';
import { launchAllowed } from './plan-support';

interface DemoWindow {
  demoEditors: Record<string, Record<string, (...args: unknown[]) => unknown>>;
}

/** The lines of a text that carry words: editors differ only in how they show blank lines. */
const wordLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').trim())
    .filter(Boolean);

/** The lines of an HTML string, as the editor's own data holds them: one per block or per <br>. */
async function blocksOf(page: Page | Frame, html: string): Promise<string[]> {
  return page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    for (const br of doc.querySelectorAll('br')) br.replaceWith('\n');
    return [...doc.body.querySelectorAll('p, h1, h2, h3, h4, li')]
      .flatMap((el) => (el.textContent ?? '').split('\n'))
      .map((line) => line.replace(/\u00a0/g, ' ').trim())
      .filter(Boolean);
  }, html);
}

describe('the agreed plan goes into the EHR field the clinician chose, in real Chromium', () => {
  let session: Session;
  let remove: () => void;
  let panel: Page;
  let ehr: Page;
  let note: string;
  /** What the panel said about the last insertion attempt. */
  const insertOutcome = () =>
    panel
      .getByRole('status')
      .filter({ hasText: /Nothing|Inserted/ })
      .textContent();

  beforeAll(async () => {
    ({ session, remove } = await launchAllowed());
    panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').fill('AE 1961');
    await panel.getByLabel('What matters to the patient').fill('Walking to the allotment <b>again</b>');
    await panel.keyboard.press('Alt+5');
    await panel
      .getByRole('heading', { level: 2, name: '5. Agreeing the way forward' })
      .waitFor({ timeout: 15_000 });
    // Two typed lines: each must stay its own line in every editor.
    await panel.getByLabel(/^Goal/).fill('Walk to the allotment\nwithout stopping by the spring');
    await panel.getByLabel('First action').fill('Walk for 10 minutes after lunch');
    await panel.getByLabel('How often').fill('Five days a week');
    await panel.getByLabel('Plan agreed with the patient').check();
    await panel.getByRole('radio', { name: 'Clinician note' }).check();
    const preview = panel.getByRole('region', { name: 'Clinician note preview' });
    // The preview follows a short pause after each change: wait until it shows the agreed plan, not
    // the draft it showed while the fields were being filled (a busy machine pauses between them).
    await preview
      .locator('pre')
      .filter({ hasText: /^Agreed plan[^]*Walk for 10 minutes[^]*Five days a week/ })
      .waitFor({ timeout: 15_000 });
    note = (await preview.locator('pre').textContent()) ?? '';
    ehr = await session.openDemoEhr();
    await ehr.locator('body[data-editors-ready="true"]').waitFor({ timeout: 30_000 });
    await ehr
      .frameLocator('#letter-frame')
      .locator('body[data-editors-ready="true"]')
      .waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await session?.close();
    remove?.();
  });

  /**
   * Turns from the EHR to the sidebar. Headless Chromium does not move window focus between
   * tabs, so the test sends the focus event the side panel receives when the clinician clicks it.
   */
  async function turnToPanel(): Promise<void> {
    await panel.bringToFront();
    await panel.evaluate(() => window.dispatchEvent(new Event('focus')));
  }

  /** Clicks into an EHR field, turns to the sidebar, and inserts the clinician note. */
  async function insertInto(field: Locator, label: string): Promise<string> {
    await ehr.bringToFront();
    await field.click();
    await turnToPanel();
    await expect
      .poll(() => panel.getByText(/^Insert goes into:/).textContent(), { timeout: 15_000 })
      .toContain(label);
    await panel.getByRole('button', { name: /^Insert clinician note into the EHR/ }).click();
    const status = panel.getByRole('status').filter({ hasText: /Inserted|Nothing|Copied/ });
    // Named by the field, so an earlier field's "Inserted" cannot pass for this one.
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(`Inserted into ${label}`);
    return (await status.textContent()) ?? '';
  }

  it('writes into a plain textarea, keeping every line break', async () => {
    expect(note.split('\n').length).toBeGreaterThan(5);
    expect(wordLines(note)).toContain('without stopping by the spring');
    await insertInto(ehr.locator('#note-textarea'), 'Free-text note');
    expect(await ehr.locator('#note-textarea').inputValue()).toBe(note);
  });

  it('writes into a single-line input, lines joined with " | "', async () => {
    await insertInto(ehr.locator('#note-subject'), 'Subject line');
    expect(await ehr.locator('#note-subject').inputValue()).toBe(wordLines(note).join(' | '));
  });

  it('writes into a contenteditable div, one line per line', async () => {
    await insertInto(ehr.locator('#note-contenteditable'), 'History');
    const text = await ehr.locator('#note-contenteditable').evaluate((el) => (el as HTMLElement).innerText);
    expect(wordLines(text)).toEqual(wordLines(note));
  });

  it('writes into Quill through its own API (getText)', async () => {
    await insertInto(ehr.locator('#quill-editor .ql-editor'), 'Examination');
    const text = await ehr.evaluate(() => (window as unknown as DemoWindow).demoEditors.quill!.getText!());
    expect(text).toBe(`${note}\n`);
  });

  it('writes into CKEditor 5 through its own data model (getData)', async () => {
    await insertInto(ehr.locator('#ckeditor-editor + .ck-editor .ck-editor__editable'), 'Plan (CKEditor 5)');
    const data = await ehr.evaluate(() => (window as unknown as DemoWindow).demoEditors.ckeditor!.getData!());
    expect(await blocksOf(ehr, data as string)).toEqual(wordLines(note));
    expect(data).toContain('<strong>Goal:</strong>');
  });

  it('writes into TinyMCE through its own API (getContent)', async () => {
    await insertInto(ehr.frameLocator('#tinymce-editor_ifr').locator('body'), 'Letter to patient');
    const html = await ehr.evaluate(() =>
      (window as unknown as DemoWindow).demoEditors.tinymce!.getContent!(),
    );
    expect(await blocksOf(ehr, html as string)).toEqual(wordLines(note));
  });

  it('writes into CKEditor 5 inside a same-origin iframe', async () => {
    const frame = ehr.frame({ url: /frame\.html$/ })!;
    await insertInto(ehr.frameLocator('#letter-frame').locator('.ck-editor__editable'), 'Referral letter');
    const data = await frame.evaluate(() =>
      (window as unknown as DemoWindow).demoEditors.ckeditor!.getData!(),
    );
    expect(await blocksOf(frame, data as string)).toEqual(wordLines(note));
  });

  it('writes nothing, and says so, when the chosen field has gone from the page', async () => {
    await ehr.bringToFront();
    await ehr.locator('#note-textarea').fill('');
    await ehr.locator('#note-textarea').click();
    await turnToPanel();
    await expect
      .poll(() => panel.getByText(/^Insert goes into:/).textContent(), { timeout: 15_000 })
      .toContain('Free-text note');
    const before = await ehr.locator('#note-subject').inputValue();
    await ehr.evaluate(() => document.getElementById('note-textarea')!.remove());
    await panel.getByRole('button', { name: /^Insert clinician note into the EHR/ }).click();
    await expect
      .poll(insertOutcome, { timeout: 15_000 })
      .toContain('Nothing was written: the field you chose is no longer on the EHR page');
    expect(await ehr.locator('#note-subject').inputValue()).toBe(before);
  });

  it('writes nothing, and says so, when the EHR tab has moved to another page', async () => {
    await ehr.bringToFront();
    await ehr.reload();
    await ehr.locator('body[data-editors-ready="true"]').waitFor({ timeout: 30_000 });
    await ehr.locator('#note-textarea').click();
    await turnToPanel();
    await expect
      .poll(() => panel.getByText(/^Insert goes into:/).textContent(), { timeout: 15_000 })
      .toContain('Free-text note');
    await ehr.bringToFront();
    await ehr.reload();
    await ehr.locator('body[data-editors-ready="true"]').waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: /^Insert clinician note into the EHR/ }).click();
    await expect
      .poll(insertOutcome, { timeout: 15_000 })
      .toContain(
        'Nothing was written: the EHR tab now shows a different page from the one where you chose the field',
      );
    expect(await ehr.locator('#note-textarea').inputValue()).toBe('');
    expect(session.offMachineRequests).toEqual([]);
  });

  it('copies plain text and rich HTML to the clipboard, read back from a web page', async () => {
    await panel.bringToFront();
    await panel.getByRole('radio', { name: 'Patient version' }).check();
    await panel.getByRole('button', { name: /^Copy plain text/ }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    // Extension pages may write but not read the clipboard; read it from the demo EHR page.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(session.demoUrl).origin,
    });
    await ehr.bringToFront();
    const text = await ehr.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')[0]).toBe('Your plan');
    expect(text).toContain('Walk to the allotment');
    expect(text).toContain('without stopping by the spring”');
    expect(text).toContain('“Walking to the allotment <b>again</b>”');

    await panel.bringToFront();
    await panel.getByRole('button', { name: /^Copy rich HTML/ }).click();
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'Copied with formatting' }).count())
      .toBe(1);
    await ehr.bringToFront();
    const html = await ehr.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item ? await (await item.getType('text/html')).text() : '';
    });
    expect(html).toContain('<h2>Your plan</h2>');
    // Typed markup stays text: escaped, never a live element.
    expect(html).toContain('Walking to the allotment &lt;b&gt;again&lt;/b&gt;');
    expect(session.offMachineRequests).toEqual([]);
  });
});
