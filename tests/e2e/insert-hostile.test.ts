import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './harness';
import { launchAllowed } from './plan-support';

/**
 * Insertion against single-page and hostile EHR pages, in real Chromium, each case on its own page
 * (docs/architecture.md, "Writing into the EHR"). The plan carries a word found nowhere on the
 * demo EHR ("allotment"), so any trace of it on a page is the plan's text.
 */
const PLAN_WORD = 'allotment';

/**
 * A page-script spy, installed before the page's own scripts: it records every string that
 * passes through DOM calls a page can wrap (querySelector, setAttribute, value, setRangeText,
 * execCommand), tries to read its callers' arguments (sloppy `caller.arguments`), watches every
 * mutation and input event, and sets getters on the names Cocreate used to keep its mark under.
 */
const SPY = `(() => {
  const seen = (window.__spied = []);
  const keep = (value) => { try { const text = typeof value === 'string' ? value : JSON.stringify(value); if (text) seen.push(text); } catch {} };
  const callers = (fn) => { try { let c = fn.caller; for (let i = 0; c && i < 6; i++) { keep(Array.from(c.arguments || [])); c = c.caller; } } catch {} };
  const wrap = (proto, name) => {
    const original = proto[name];
    if (typeof original !== 'function') return;
    proto[name] = function wrapped(...args) { keep(args); callers(wrapped); return original.apply(this, args); };
  };
  wrap(Document.prototype, 'querySelector');
  wrap(Document.prototype, 'querySelectorAll');
  wrap(Document.prototype, 'execCommand');
  wrap(Element.prototype, 'setAttribute');
  wrap(Element.prototype, 'closest');
  wrap(HTMLTextAreaElement.prototype, 'setRangeText');
  wrap(HTMLInputElement.prototype, 'setRangeText');
  const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  Object.defineProperty(HTMLTextAreaElement.prototype, 'value', {
    get() { callers(value.get); return value.get.call(this); },
    set(v) { keep(v); return value.set.call(this, v); },
  });
  for (const name of ['__cocreateMark', '__cocreateInsertTarget']) {
    Object.defineProperty(window, name, { get: function getter() { callers(getter); return undefined; }, set: keep });
  }
  addEventListener('input', (event) => keep(event.target && (event.target.value || event.target.textContent)), true);
  new MutationObserver((records) => records.forEach((r) => { keep(r.target.textContent); keep(r.target.value); })).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;

describe('insertion never lands in the wrong patient’s record, in real Chromium', () => {
  let session: Session;
  let remove: () => void;
  let panel: Page;
  let ehr: Page;
  const status = () => panel.getByRole('status').filter({ hasText: /Inserted|Nothing|Copied/ });
  const target = () => panel.locator('[data-insert-target]');

  beforeAll(async () => {
    ({ session, remove } = await launchAllowed());
    panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').fill('AE 1961');
    await panel.keyboard.press('Alt+5');
    await panel
      .getByRole('heading', { level: 2, name: '5. Agreeing the way forward' })
      .waitFor({ timeout: 15_000 });
    await panel.getByLabel(/^Goal/).fill('Walk to the allotment\nwithout stopping');
    await panel.getByLabel('First action').fill('Walk for 10 minutes after lunch');
    await panel.getByLabel('Plan agreed with the patient').check();
    await panel.getByRole('radio', { name: 'Clinician note' }).check();
    await panel
      .getByRole('region', { name: 'Clinician note preview' })
      .getByText(/Walk for 10/)
      .waitFor();
  });

  afterEach(async () => {
    await ehr?.close();
  });

  afterAll(async () => {
    await session?.close();
    remove?.();
  });

  /** A fresh EHR page (patient 1), optionally with the spy planted before its own scripts. */
  async function openEhr(spy = false): Promise<Page> {
    ehr = await session.context.newPage();
    if (spy) await ehr.addInitScript(SPY);
    await ehr.goto(session.demoUrl, { timeout: 60_000 });
    await ehr.locator('body[data-editors-ready="true"]').waitFor({ timeout: 30_000 });
    return ehr;
  }

  /** Turns to the panel (headless Chromium needs the focus event the panel gets from a real click). */
  async function turnToPanel(): Promise<void> {
    await panel.bringToFront();
    await panel.evaluate(() => window.dispatchEvent(new Event('focus')));
  }

  async function chooseNote(): Promise<void> {
    await ehr.bringToFront();
    await ehr.locator('#note-textarea').click();
    await turnToPanel();
    await expect.poll(() => target().textContent(), { timeout: 15_000 }).toContain('Free-text note');
  }

  async function insert(): Promise<string> {
    // The plan panel's own message (other parts of the step have live status lines of their own).
    const before = await panel
      .getByRole('region', { name: 'The agreed plan' })
      .getByRole('status')
      .textContent();
    await panel.getByRole('button', { name: /^Insert clinician note into the EHR/ }).click();
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).not.toBe(before);
    await expect.poll(() => status().count(), { timeout: 15_000 }).toBe(1);
    return (await status().textContent()) ?? '';
  }

  it('shows, beside Insert, the field, the tab’s title and site, the patient banner and Cocreate’s patient', async () => {
    await openEhr();
    await chooseNote();
    const shown = (await target().textContent()) ?? '';
    expect(shown).toContain('Free-text note');
    expect(shown).toContain('EXAMPLE, Alex (Mx) — Demo EHR');
    expect(shown).toContain(new URL(session.demoUrl).origin);
    expect(shown).toContain('patient banner “Riverside Surgery');
    expect(shown).toContain('Cocreate patient “AE 1961”');
  });

  it('a patient switch by route change (pushState, same textarea): nothing written, told in plain words', async () => {
    await openEhr();
    await chooseNote();
    await ehr.bringToFront();
    await ehr.locator('#switch-patient').click();
    await expect.poll(() => ehr.locator('#banner-name').textContent()).toBe('SAMPLE, Bea (Mrs)');
    await turnToPanel();
    const said = await insert();
    expect(said).toContain('Nothing was written: the EHR tab’s address changed');
    expect(said).toContain('the patient banner changed');
    expect(said).toContain('it may be another patient');
    expect(await ehr.locator('#note-textarea').inputValue()).toBe('');
  });

  it('full navigation to another patient on the same site: nothing written, and a page spy saw none of the plan', async () => {
    await openEhr(true);
    await chooseNote();
    await ehr.bringToFront();
    await Promise.all([ehr.waitForURL(/patient=2/), ehr.locator('#open-other-patient').click()]);
    await ehr.locator('body[data-editors-ready="true"]').waitFor({ timeout: 30_000 });
    await turnToPanel();
    expect(await insert()).toContain('Nothing was written: the EHR tab now shows a different page');
    expect(await ehr.locator('#note-textarea').inputValue()).toBe('');
    const spied = await ehr.evaluate(() => (window as unknown as { __spied: string[] }).__spied);
    expect(spied.length).toBeGreaterThan(0);
    expect(spied.filter((text) => text.includes(PLAN_WORD))).toEqual([]);
  });

  it('focus moved to a hidden decoy when the window blurs: decoy untouched, no "Inserted"', async () => {
    await openEhr();
    await ehr.evaluate(() => {
      const decoy = document.createElement('textarea');
      decoy.id = 'decoy';
      decoy.setAttribute('aria-label', 'Consultation note');
      decoy.style.cssText = 'position:absolute;left:-9999px;top:0;width:300px;height:80px';
      document.body.append(decoy);
      window.addEventListener('blur', () => decoy.focus());
    });
    await ehr.locator('#note-textarea').click();
    // The window loses focus as the clinician turns to the panel (headless does not send it itself).
    await ehr.evaluate(() => window.dispatchEvent(new Event('blur')));
    await turnToPanel();
    await expect
      .poll(() => target().textContent(), { timeout: 15_000 })
      .toContain('hidden or cannot be used');
    const said = await insert();
    expect(said).toContain('Nothing was written');
    expect(said).not.toContain('Inserted');
    expect(await ehr.locator('#decoy').inputValue()).toBe('');
    expect(await ehr.locator('#note-textarea').inputValue()).toBe('');
  });

  it('a page that swallows the write (value setter, setRangeText, undo on input): no "Inserted"', async () => {
    await openEhr();
    await ehr.evaluate(() => {
      const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
      Object.defineProperty(HTMLTextAreaElement.prototype, 'value', {
        get(this: HTMLTextAreaElement) {
          return native.get!.call(this) as string;
        },
        set: () => undefined,
      });
      HTMLTextAreaElement.prototype.setRangeText = () => undefined;
      const field = document.getElementById('note-textarea')!;
      field.addEventListener('input', () => native.set!.call(field, ''));
    });
    await chooseNote();
    const said = await insert();
    expect(said).toContain('Nothing was written: the EHR field did not keep the text');
    expect(await ehr.locator('#note-textarea').inputValue()).toBe('');
  });

  it('a field in a cross-origin frame: the earlier choice is cleared and the panel says use Copy', async () => {
    await openEhr();
    await chooseNote();
    // The same demo under another origin (localhost, not 127.0.0.1): a frame Cocreate may not enter.
    const other = session.demoUrl.replace('127.0.0.1', 'localhost').replace(/\/?$/, '/frame.html');
    await ehr.bringToFront();
    await ehr.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.id = 'foreign';
      frame.src = src;
      frame.style.cssText = 'width:400px;height:300px';
      document.body.prepend(frame);
    }, other);
    const foreign = ehr.frameLocator('#foreign');
    await foreign.locator('body[data-editors-ready="true"]').waitFor({ timeout: 30_000 });
    await foreign.locator('.ck-editor__editable').click();
    await turnToPanel();
    await expect.poll(() => target().textContent(), { timeout: 15_000 }).toContain('Use Copy');
    const said = await insert();
    expect(said).toContain('Nothing was written');
    expect(said).toContain('Use Copy');
    expect(await ehr.locator('#note-textarea').inputValue()).toBe('');
  });

  it('the honest case still inserts exactly once, and the message repeats where it went', async () => {
    await openEhr(true);
    await chooseNote();
    const said = await insert();
    expect(said).toMatch(/^Inserted into Free-text note \(plain textarea\) · in “EXAMPLE, Alex \(Mx\)/);
    expect(said).toContain('Cocreate patient “AE 1961”');
    const value = await ehr.locator('#note-textarea').inputValue();
    // Exactly one note went in: one Cocreate summary block ends it, and the patient is named twice,
    // in the note's header and in that block's "Patient ref" line (docs/continuity.md).
    expect(value.split('End of Cocreate summary').length - 1).toBe(1);
    expect(value.split('AE 1961').length - 1).toBe(2);
    expect(value).toContain(PLAN_WORD);
    expect(value).toContain('Walk to the allotment\nwithout stopping');
    expect(session.offMachineRequests).toEqual([]);
  });

  it('after a refused insert, the note box re-chosen on the next patient is not written without the clinician confirming, seeing both', async () => {
    await openEhr();
    await chooseNote();
    const lock = () => panel.locator('[data-patient-lock]').getAttribute('data-patient-lock');
    await expect.poll(lock).toBe('bound');
    // The single-page EHR moves to the next patient by itself; the note box stays open, with the cursor.
    await ehr.bringToFront();
    await ehr.evaluate(() => document.getElementById('switch-patient')!.click());
    expect(await ehr.evaluate(() => document.activeElement?.id)).toBe('note-textarea');
    await expect.poll(() => ehr.locator('#banner-name').textContent()).toBe('SAMPLE, Bea (Mrs)');
    // The lock follows the EHR tab before anything is pressed.
    await expect.poll(lock, { timeout: 15_000 }).toBe('changed');
    await panel.bringToFront();
    expect(await insert()).toContain('Nothing was written: the EHR tab’s address changed');
    // One click back into the panel chooses the still-open box again, now on patient B.
    await turnToPanel();
    await expect.poll(() => target().textContent(), { timeout: 15_000 }).toContain('SAMPLE, Bea');
    await expect.poll(lock).toBe('changed');
    const said = await insert();
    expect(said).toContain('Nothing was written: this EHR page may show another patient');
    expect(said).not.toContain('Inserted');
    expect(await ehr.locator('#note-textarea').inputValue()).toBe('');
    const question = panel.getByRole('group', { name: 'Is this the same patient?' });
    expect(await question.locator('[data-context="bound"]').textContent()).toContain('EXAMPLE, Alex');
    expect(await question.locator('[data-context="now"]').textContent()).toContain('SAMPLE, Bea');
    await question.getByRole('button', { name: 'Not the same patient: cancel' }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect(await ehr.locator('#note-textarea').inputValue()).toBe('');
    // Pressing Insert again asks again: nothing the clinician did has confirmed it.
    await insert();
    expect(await ehr.locator('#note-textarea').inputValue()).toBe('');
    await question.getByRole('button', { name: 'Same patient: insert here' }).click();
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toContain('Inserted into');
    expect(await ehr.locator('#note-textarea').inputValue()).toContain(PLAN_WORD);
  });
});
