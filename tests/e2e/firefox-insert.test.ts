import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getButton,
  getByLabel,
  hasFirefox,
  launchFirefox,
  poll,
  FIREFOX_PATH,
  type FirefoxSession,
} from './firefox/harness';

if (!hasFirefox())
  console.warn(`Skipping the Firefox insertion tests: no Firefox at ${FIREFOX_PATH} (set FIREFOX_PATH).`);

interface DemoWindow {
  demoEditors: Record<string, Record<string, () => string>>;
}

/** The lines of a text that carry words: editors differ only in how they show blank lines. */
const wordLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').trim())
    .filter(Boolean);

/** The lines of an editor's HTML, as its own data holds them: one per block or per <br>. */
function blocksOf(page: Page, html: string): Promise<string[]> {
  return page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    for (const br of doc.querySelectorAll('br')) br.replaceWith('\n');
    return [...doc.body.querySelectorAll('p, h1, h2, h3, h4, li')]
      .flatMap((el) => (el.textContent ?? '').split('\n'))
      .map((line) => line.replace(/\u00a0/g, ' ').trim())
      .filter(Boolean);
  }, html);
}

/** What an editor's own API gives back (the demo EHR keeps its editors on window.demoEditors). */
function editorApi(page: Page, editor: string, method: string): Promise<string> {
  return page.evaluate(
    (name, call) => (window as unknown as DemoWindow).demoEditors[name]![call]!(),
    editor,
    method,
  );
}

/**
 * Insertion in Debian's Firefox ESR through the product's own code path: the sidebar page (opened
 * as an extension page, as tests/e2e/firefox-sidebar.test.ts does: WebDriver cannot drive Firefox's
 * sidebar itself) calls browser.scripting into the real demo EHR tab beside it. No permission is
 * pre-granted: the clinician sets the EHR's address and presses "Always allow" once; the preference
 * below answers Firefox's permission prompt "Allow", which a headless test cannot click.
 */
describe.skipIf(!hasFirefox())('the plan goes into the EHR field in a real Firefox', () => {
  let session: FirefoxSession;
  let panel: Page;
  let ehr: Page;
  let note = '';

  /** What the panel said last about insertion (its status lines). */
  const said = () =>
    panel.evaluate(() =>
      [...document.querySelectorAll('[role="status"], [role="alert"]')]
        .map((el) => el.textContent ?? '')
        .filter((text) => /Inserted|Nothing|Copied|Inserting/.test(text))
        .join(' | '),
    );
  const insertTarget = () =>
    panel.evaluate(() => document.querySelector('[data-insert-target]')?.textContent ?? '');

  /** Turns from the EHR to the sidebar: the focus event the sidebar gets when the clinician clicks it. */
  async function turnToPanel(): Promise<void> {
    await panel.bringToFront();
    await panel.evaluate(() => window.dispatchEvent(new Event('focus')));
  }

  /** Clicks into an EHR field, turns to the sidebar, presses Insert, and waits for what it says. */
  async function insertInto(field: ElementHandle, label: string): Promise<string> {
    await ehr.bringToFront();
    await field.click();
    await turnToPanel();
    let shown = '';
    await poll(
      async () => (shown = await insertTarget()).includes(label),
      `the panel to show "${label}"`,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; beside Insert: ${shown}`);
    });
    await (await getButton(panel, /^Insert clinician note into the EHR/)).click();
    let outcome = '';
    await poll(async () => {
      outcome = await said();
      return /Inserted into|Nothing|Copied/.test(outcome);
    }, 'the panel to say what Insert did');
    return outcome;
  }

  async function openEhr(): Promise<void> {
    await ehr?.close();
    ehr = await session.openDemoEhr();
    await poll(
      () => ehr.evaluate(() => document.body.dataset.editorsReady === 'true'),
      'the demo EHR’s editors',
      60_000,
    );
  }

  beforeAll(async () => {
    session = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
    // The practice's EHR address, typed on the settings page as a clinician or IT lead would.
    const options = await session.openExtensionPage('options.html');
    await (await getByLabel(options, 'Your EHR’s web address')).type(new URL(session.demoUrl).origin);
    await (await getButton(options, 'Save settings')).click();
    await poll(
      () => options.evaluate(() => document.body.textContent?.includes('Settings saved.') ?? false),
      'the settings to be saved',
    );
    await options.close();

    await openEhr();
    panel = await session.openExtensionPage('sidepanel.html');
    await (await getByLabel(panel, 'Patient reference')).type('AE 1961');
    await (await getButton(panel, /^\S?\s*5\. Agreeing the way forward/)).click();
    // Two typed lines: each must stay its own line in every editor.
    const goal = await getByLabel(panel, 'Goal');
    await goal.type('Walk to the allotment');
    await goal.press('Enter');
    await goal.type('without stopping by the spring');
    await (await getByLabel(panel, 'First action')).type('Walk for 10 minutes after lunch');
    await (await getByLabel(panel, 'Plan agreed with the patient')).click();
    await (await getByLabel(panel, 'Clinician note')).click();
    await poll(async () => {
      note = await panel.evaluate(
        () => document.querySelector('[aria-label="Clinician note preview"] pre')?.textContent ?? '',
      );
      // The preview follows a short pause after each change: the agreed plan, not the draft it
      // showed while the fields were being filled (a busy machine pauses between them).
      return (
        note.startsWith('Agreed plan') &&
        note.includes('without stopping by the spring') &&
        note.includes('Walk for 10 minutes')
      );
    }, 'the clinician note preview');
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('asks once for the EHR’s site, then writes into a plain textarea with every line break', async () => {
    await ehr.bringToFront();
    await (await ehr.$('#note-textarea'))!.click();
    await turnToPanel();
    // Without a grant Firefox hides the tab from Cocreate: no field is chosen, and the one click is offered.
    expect(await insertTarget()).not.toContain('Insert goes into');
    const allow = await getButton(panel, /^Always allow Cocreate to write into http:\/\/127\.0\.0\.1/);
    await allow.click();
    await poll(
      () =>
        panel.evaluate(() =>
          [...document.querySelectorAll('button')].every((b) => !b.textContent?.startsWith('Always allow')),
        ),
      'the grant',
    );

    const outcome = await insertInto((await ehr.$('#note-textarea'))!, 'Free-text note');
    expect(outcome).toContain('Inserted into Free-text note');
    expect(wordLines(note)).toContain('without stopping by the spring');
    expect(await ehr.$eval('#note-textarea', (el) => (el as HTMLTextAreaElement).value)).toBe(note);
  });

  it('writes into Quill through its own API, line by line (getText)', async () => {
    const outcome = await insertInto((await ehr.$('#quill-editor .ql-editor'))!, 'Examination');
    expect(outcome).toContain('Inserted into Examination');
    expect(await editorApi(ehr, 'quill', 'getText')).toBe(`${note}\n`);
  });

  it('writes into CKEditor 5 through its own data model, line by line (getData)', async () => {
    const editable = (await ehr.$('#ckeditor-editor + .ck-editor .ck-editor__editable'))!;
    expect(await insertInto(editable, 'Plan (CKEditor 5)')).toContain('Inserted into Plan (CKEditor 5)');
    const data = await editorApi(ehr, 'ckeditor', 'getData');
    expect(await blocksOf(ehr, data)).toEqual(wordLines(note));
    expect(data).toContain('<strong>Goal:</strong>');
  });

  it('writes into TinyMCE (an editor in an iframe) through its own API (getContent)', async () => {
    const frame: Frame | null = await (await ehr.$('#tinymce-editor_ifr'))!.contentFrame();
    const body = (await frame!.$('body'))!;
    expect(await insertInto(body, 'Letter to patient')).toContain('Inserted into Letter to patient');
    expect(await blocksOf(ehr, await editorApi(ehr, 'tinymce', 'getContent'))).toEqual(wordLines(note));
  });

  it('a patient switch by route change (pushState, same textarea): nothing written, told in plain words', async () => {
    await openEhr();
    await ehr.bringToFront();
    await (await ehr.$('#note-textarea'))!.click();
    await turnToPanel();
    await poll(async () => (await insertTarget()).includes('EXAMPLE, Alex'), 'the first patient’s banner');
    await ehr.bringToFront();
    await (await ehr.$('#switch-patient'))!.click();
    await poll(
      () => ehr.$eval('#banner-name', (el) => el.textContent === 'SAMPLE, Bea (Mrs)'),
      'the next patient',
    );
    // Back to the panel: the cursor is on the EHR's button now, not in a field, so the choice stands.
    await turnToPanel();
    await (await getButton(panel, /^Insert clinician note into the EHR/)).click();
    let outcome = '';
    await poll(async () => {
      outcome = await said();
      return /Inserted into|Nothing/.test(outcome);
    }, 'the panel to say what Insert did');
    expect(outcome).toContain('Nothing was written: the EHR tab’s address changed');
    expect(outcome).toContain('the patient banner changed');
    expect(outcome).toContain('it may be another patient');
    expect(outcome).not.toContain('Inserted');
    expect(await ehr.$eval('#note-textarea', (el) => (el as HTMLTextAreaElement).value)).toBe('');
    expect(session.offMachineRequests).toEqual([]);
  });

  it('finds a note inside a web component’s open shadow root, and one two deep; each component’s Save keeps every line', async () => {
    await ehr.goto(new URL('components.html', session.demoUrl).href);
    await poll(
      () => ehr.evaluate(() => document.body.dataset.editorsReady === 'true'),
      'the web components',
      60_000,
    );
    for (const [host, label] of [
      ['shadow-note', 'Consultation note (web component)'],
      ['section', 'Care plan'],
    ] as const) {
      const field = (await ehr.$(`#${host} >>> textarea`))!;
      expect(await insertInto(field, label)).toContain(`Inserted into ${label}`);
      await ehr.bringToFront();
      await (await ehr.$(`#${host} >>> [data-save]`))!.click();
      const saved = await ehr.evaluate(
        () =>
          Object.values((window as unknown as { demoSaved: Record<string, string> }).demoSaved).at(-1) ?? '',
      );
      expect(wordLines(saved)).toEqual(wordLines(note));
    }
    expect(session.offMachineRequests).toEqual([]);
  });
});
