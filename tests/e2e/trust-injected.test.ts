import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OptionGrid } from '../../lib/option-grids/grid';
import { parseGrid, toLibraryDocument } from '../../lib/option-grids/parse-grid';
import { neutraliseBidi } from '../../lib/domain/read-values';
import { validGrid } from '../fixtures/grids/valid-grid';
import { hostileById, SHORT_HOSTILE_STRINGS } from '../fixtures/hostile-strings';
import { launch, type Session } from './harness';
import { newestConsultationId, TRAP_AND_CSP_LISTENER } from './trust-pages';

/**
 * "Nothing injected" (docs/privacy.md) in real Chromium: hostile strings typed into the
 * sidebar, then out through the sidebar's own rendering (agenda list, plan
 * preview), the patient view, and clipboard rich text pasted into the demo EHR's
 * editor. Every page carries a `window.__pwned` trap and a CSP-violation listener
 * from the first line of its first script; both must stay untouched, and the
 * words must come back as words. tests/unit/trust/nothing-injected.test.ts covers
 * the library paths (grid import, backup restore, managed settings, FHIR).
 */

/** Single-line strings can go in a one-line box; Chromium strips line breaks from <input> values. */
const ONE_LINE = SHORT_HOSTILE_STRINGS.filter((h) => !/[\r\n]/.test(h.value) && h.value.trim() !== '');
const LONG = hostileById('very-long-words');

/** One grid per string: the string as its title and as an answer a patient reads. */
function hostileGrid(value: string, index: number): OptionGrid {
  const grid = validGrid({ id: `hostile-${index}`, title: value.slice(0, 120) || 'Blank' });
  grid.questions[0]!.answers[grid.options[0]!.id] = value;
  return grid;
}
const GRID_STRINGS = SHORT_HOSTILE_STRINGS.map((h, index) => ({ h, grid: hostileGrid(h.value, index) }));
/** Strings the grid rules accept (plain text, however odd) and those they refuse (markup, controls). */
const GRID_ACCEPTED = GRID_STRINGS.filter(({ grid }) => parseGrid(grid).ok);
const GRID_REFUSED = GRID_STRINGS.filter(({ grid }) => !parseGrid(grid).ok);

function libraryFile(grids: OptionGrid[], name: string) {
  const text = JSON.stringify(toLibraryDocument(grids, { name: 'Hostile library' }));
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** How a page shows text: line breaks may become spaces, a NUL may become U+FFFD or vanish. */
/**
 * Bidirectional controls are dropped from every output on purpose (lib/plan/safe-text.ts), so a
 * reversed dose cannot reach the patient or the record; every other character must survive.
 */
function words(value: string): string {
  return neutraliseBidi(value)
    .replace(/[\r\n\0\uFFFD]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the trap and the listener saw on a page. */
function trapped(page: Page): Promise<{ pwned: unknown; violations: unknown }> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __cspViolations?: unknown };
    return { pwned: w.__pwned, violations: w.__cspViolations };
  });
}

/** Strings whose words must survive byte for byte (lossy ones need only not run). */
function missingWords(text: string, strings: readonly { value: string; lossy?: boolean; id: string }[]) {
  const seen = words(text);
  return strings.filter((h) => !h.lossy && !seen.includes(words(h.value))).map((h) => h.id);
}

describe('nothing injected: hostile strings through the sidebar and out again, in real Chromium', () => {
  let session: Session;
  let panel: Page;
  beforeAll(async () => {
    session = await launch();
    await session.context.addInitScript(TRAP_AND_CSP_LISTENER);
    panel = await session.openSidePanel();
    await panel.getByRole('navigation', { name: 'Elements' }).waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await session.close();
  });

  it(`typed as ${ONE_LINE.length} agenda items and in free text, renders in the sidebar as text`, async () => {
    await panel.keyboard.press('Alt+Digit2');
    const add = panel.getByRole('textbox', { name: "Patient's agenda item (their own words)" });
    for (const h of ONE_LINE) {
      await add.fill(h.value);
      await add.press('Enter');
    }
    await panel
      .getByLabel('What matters to the patient')
      .fill(SHORT_HOSTILE_STRINGS.map((h) => h.value).join('\n'));
    await panel.keyboard.press('Alt+Digit5');
    await panel.getByRole('textbox', { name: /^Goal/ }).fill(LONG.value);
    await panel.getByLabel('First action').fill(hostileById('attribute-breakout-tag').value);
    await panel.locator('[data-save-status="saved"]').waitFor({ timeout: 15_000 });

    await panel.keyboard.press('Alt+Digit2');
    const items = panel.getByRole('list', { name: 'Agreed priority order' }).getByRole('textbox');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(ONE_LINE.length);
    const values = await items.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    // An added item is trimmed like any typed text (U+FEFF counts as a space to trim); nothing else changes.
    const changed = ONE_LINE.filter((h, index) => !h.lossy && values[index] !== h.value.trim()).map(
      (h) => h.id,
    );
    expect(changed).toEqual([]);

    await panel.keyboard.press('Alt+Digit5');
    const preview = panel.getByRole('region', { name: /preview/ });
    await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toContain('worry');
    const shown = (await preview.textContent()) ?? '';
    expect(missingWords(shown, [...SHORT_HOSTILE_STRINGS.filter((h) => h.value.trim()), LONG])).toEqual([]);
    expect(await trapped(panel)).toEqual({ pwned: false, violations: [] });
  });

  it('shows the same words as text in the patient view (print)', async () => {
    const id = await newestConsultationId(panel);
    const view = await session.openExtensionPage(`patient-view.html?id=${id}`);
    await expect.poll(() => view.locator('body').textContent(), { timeout: 15_000 }).toContain('worry');
    const shown = (await view.locator('body').textContent()) ?? '';
    expect(missingWords(shown, [...SHORT_HOSTILE_STRINGS.filter((h) => h.value.trim()), LONG])).toEqual([]);
    expect(await view.locator('script:not([src]), img, iframe, svg, math, form, [onerror]').count()).toBe(0);
    expect(await trapped(view)).toEqual({ pwned: false, violations: [] });
    await view.close();
  });

  it('copies rich text that runs nothing when pasted into the EHR editor', async () => {
    await panel.keyboard.press('Alt+Digit5');
    await panel.getByRole('button', { name: 'Copy rich HTML' }).click();
    const ehr = await session.openDemoEhr();
    await ehr.waitForSelector('body[data-editors-ready="true"]', { timeout: 15_000 });
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(session.demoUrl).origin,
    });
    // Paste as a browser does: the clipboard's text/html goes into the editor as markup.
    const pasted = await ehr.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = item ? await (await item.getType('text/html')).text() : '';
      const editor = document.querySelector<HTMLElement>('.ql-editor, [contenteditable="true"]');
      editor?.focus();
      document.execCommand('insertHTML', false, html);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { html, text: editor?.textContent ?? '' };
    });
    expect(pasted.html).toContain('&lt;script&gt;');
    expect(missingWords(pasted.text, [LONG])).toEqual([]);
    expect(await trapped(ehr)).toEqual({ pwned: false, violations: [] });
    expect(await trapped(panel)).toEqual({ pwned: false, violations: [] });
  });

  it(`refuses a grid library carrying ${GRID_REFUSED.length} kinds of markup, and its error runs nothing`, async () => {
    const page = await session.openExtensionPage('grids.html');
    const file = page.getByLabel('Import grids from a file');
    await file.setInputFiles(
      libraryFile(
        GRID_REFUSED.map(({ grid }) => grid),
        'refused.json',
      ),
    );
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain('Nothing was imported');
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await trapped(page)).toEqual({ pwned: false, violations: [] });
    await page.close();
  });

  it(`imports ${GRID_ACCEPTED.length} grids of odd but plain text and shows them as text`, async () => {
    const page = await session.openExtensionPage('grids.html');
    const file = page.getByLabel('Import grids from a file');
    await file.setInputFiles(
      libraryFile(
        GRID_ACCEPTED.map(({ grid }) => grid),
        'accepted.json',
      ),
    );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.locator('main').textContent(), { timeout: 15_000 })
      .toContain(GRID_ACCEPTED[0]!.grid.title);
    const listed = (await page.locator('main').textContent()) ?? '';
    expect(
      missingWords(
        listed,
        GRID_ACCEPTED.map(({ h, grid }) => ({ ...h, value: grid.title })),
      ),
    ).toEqual([]);
    expect(await trapped(page)).toEqual({ pwned: false, violations: [] });
    await page.close();

    for (const { h, grid } of GRID_ACCEPTED.filter(({ h }) => /javascript|\$\{|\{\{|=cmd/.test(h.value))) {
      const view = await session.openExtensionPage(`grid-view.html?id=${grid.id}`);
      await view.locator('h1').waitFor({ timeout: 15_000 });
      expect(missingWords((await view.locator('body').textContent()) ?? '', [h])).toEqual([]);
      expect(await view.locator('a[href^="javascript"], script:not([src])').count()).toBe(0);
      expect(await trapped(view)).toEqual({ pwned: false, violations: [] });
      await view.close();
    }
  });

  it('notices markup that does get in (so a pass means something)', async () => {
    const page = await session.openSidePanel();
    await page.getByRole('navigation', { name: 'Elements' }).waitFor({ timeout: 15_000 });
    await page.evaluate(
      (html) => document.body.insertAdjacentHTML('beforeend', html),
      hostileById('img-onerror').value,
    );
    await expect
      .poll(async () => JSON.stringify((await trapped(page)).violations), { timeout: 15_000 })
      .toContain('script-src-attr');
    expect((await trapped(page)).pwned).toBe(false);
    await page.close();
  });

  it('made no request that left the machine', () => {
    expect(session.offMachineRequests).toEqual([]);
  });
});
