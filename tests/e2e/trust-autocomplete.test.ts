import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../../lib/domain/elements';
import { launch, type Session } from './harness';
import { extensionPages, extensionPageUrl, RENDERED } from './trust-pages';

/**
 * Chromium writes the values of form controls into the profile's Sessions/ files so a
 * restored tab can refill them; controls marked autocomplete="off" are left out
 * (docs/privacy.md, "What stays on disk"). Every input, textarea, select and form that
 * ever appears on an extension page is recorded by an observer, and must say "off".
 */
const RECORD_CONTROLS = `
  globalThis.__withoutAutocompleteOff = [];
  globalThis.__controlsSeen = 0;
  const check = (node) => {
    if (!(node instanceof Element)) return;
    for (const control of [node, ...node.querySelectorAll('input, textarea, select, form')]) {
      if (!control.matches('input, textarea, select, form')) continue;
      globalThis.__controlsSeen++;
      if (control.getAttribute('autocomplete') === 'off') continue;
      globalThis.__withoutAutocompleteOff.push(
        location.pathname + ' ' + control.outerHTML.slice(0, 120),
      );
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') check(record.target);
      else record.addedNodes.forEach(check);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['autocomplete'] });
`;

async function missing(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (globalThis as { __withoutAutocompleteOff?: string[] }).__withoutAutocompleteOff ?? [],
  );
}

/** Types into every "add" box of the step shown, so each list renders its own text boxes too. */
async function fillAddBoxes(page: Page): Promise<void> {
  const boxes = page.locator('.add-box input');
  for (let i = 0; i < (await boxes.count()); i++) {
    await boxes.nth(i).fill(`Item ${i + 1}`);
    await boxes.nth(i).press('Enter');
  }
}

describe('autocomplete is off on every text control of every extension page', () => {
  let session: Session;
  let panel: Page;
  beforeAll(async () => {
    session = await launch();
    await session.context.addInitScript(RECORD_CONTROLS);
    panel = await session.openSidePanel();
    await panel.getByLabel('What matters to the patient').fill('Walking to the allotment again');
    await panel.locator('[data-save-status="saved"]').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('in the side panel, on every element of the guide with its lists filled in', async () => {
    await panel
      .getByRole('radio', { name: /full/i })
      .first()
      .check()
      .catch(() => undefined);
    for (const [index, id] of ELEMENT_IDS.entries()) {
      await panel.keyboard.press(`Alt+Digit${index + 1}`);
      await panel.locator(`#step-${id}`).waitFor({ timeout: 15_000 });
      await fillAddBoxes(panel);
    }
    const seen = await panel.evaluate(() => (globalThis as { __controlsSeen?: number }).__controlsSeen ?? 0);
    expect(seen).toBeGreaterThan(50);
    expect(await missing(panel)).toEqual([]);
  });

  it.each(extensionPages().filter((p) => p !== 'sidepanel.html'))('on %s', async (path) => {
    const page = await session.openExtensionPage(await extensionPageUrl(path, panel));
    await page.locator(RENDERED).first().waitFor({ timeout: 15_000 });
    // Forms that open on demand: a new grid, a PDSA cycle.
    for (const name of ['New grid', 'Add a PDSA cycle']) {
      const button = page.getByRole('button', { name, exact: true });
      if ((await button.count()) > 0) await button.first().click();
    }
    await page.waitForTimeout(300);
    expect(await missing(page)).toEqual([]);
    await page.close();
  });

  it('notices a planted text box without it (so a pass means something)', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.locator('h1').first().waitFor({ timeout: 15_000 });
    await page.evaluate(() => document.body.append(document.createElement('textarea')));
    await expect.poll(() => missing(page)).toHaveLength(1);
    await page.close();
  });
});
