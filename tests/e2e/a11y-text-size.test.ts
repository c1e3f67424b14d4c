import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../../lib/domain/elements';
import { launch, type Session } from './harness';
import { extensionPages, extensionPageUrl, RENDERED } from './trust-pages';

/**
 * A profile whose Chromium text size is set to 200% (Settings → Appearance →
 * Font size: 32 px instead of 16 px), as a clinician with low vision would set it.
 */
function profileWithDoubleText(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cocreate-e2e-text-'));
  mkdirSync(join(dir, 'Default'));
  const webprefs = { default_font_size: 32, default_fixed_font_size: 26, minimum_font_size: 0 };
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs } }));
  return dir;
}

/** Anything that makes the 420 px panel scroll sideways, runs off its right edge or clips its own text. */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    // WCAG 1.4.10 exempts content that needs two dimensions, such as a data table (an option grid):
    // a table may be wider than the window; nothing else may.
    const tables = [...document.querySelectorAll('table')];
    const widest = Math.max(0, ...tables.map((t) => t.getBoundingClientRect().right + window.scrollX));
    if (root.scrollWidth > root.clientWidth + 1 && root.scrollWidth > widest + 1)
      problems.push(`page scrolls sideways: ${root.scrollWidth}px content in ${root.clientWidth}px`);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('table')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(el);
      // The visually-hidden pattern (1 px, clipped) is for screen readers, not overflow.
      if (style.position === 'absolute' && (rect.width <= 1 || style.clip !== 'auto')) continue;
      if (rect.right > root.clientWidth + 1) problems.push(`runs off the right edge: ${describe(el)}`);
      const clips = /hidden|clip/.test(style.overflowX) && !/^(textarea|input|select)$/i.test(el.tagName);
      if (clips && el.scrollWidth > el.clientWidth + 1) problems.push(`clips its text: ${describe(el)}`);
    }
    return problems.slice(0, 40);
  });
}

describe('accessibility: text at 200% in the 420 px panel', () => {
  let session: Session;
  let panel: Page;
  beforeAll(async () => {
    session = await launch({ userDataDir: profileWithDoubleText() });
    // A consultation with some text, so pages that show one (the patient view) have something to show.
    panel = await session.openSidePanel();
    await panel.getByLabel('What matters to the patient').fill('Walking to the allotment again');
    await panel.locator('[data-save-status="saved"]').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('really doubles the text size (so a pass means something)', async () => {
    const page = await session.openSidePanel();
    await page.getByRole('navigation', { name: 'Elements' }).waitFor({ timeout: 15_000 });
    const size = await page.evaluate(() => getComputedStyle(document.body).fontSize);
    expect(size).toBe('32px');
    await page.close();
  });

  it.each(ELEMENT_IDS.map((id, index) => [id, index + 1] as const))(
    'the side panel on element %s (Alt+%i) neither scrolls sideways nor clips text',
    async (id, number) => {
      const page = await session.openSidePanel();
      await page.getByRole('navigation', { name: 'Elements' }).waitFor({ timeout: 15_000 });
      await page.keyboard.press(`Alt+Digit${number}`);
      await expect
        .poll(() => page.locator('.navigator [aria-current="step"]').textContent(), { timeout: 15_000 })
        .toContain(`${number}.`);
      // Steps load on demand: wait for this one's heading so the whole step is measured.
      await page.locator(`#step-${id}`).waitFor({ timeout: 15_000 });
      // Open every "more" section so their contents are measured too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await overflow(page)).toEqual([]);
      await page.close();
    },
  );

  // Pages that open in a tab of their own are measured in a small laptop window, not the panel.
  it.each(extensionPages().filter((p) => p !== 'sidepanel.html'))(
    '%s neither scrolls sideways nor clips text in a 1024 px tab',
    async (path) => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(`chrome-extension://${session.extensionId}/${await extensionPageUrl(path, panel)}`);
      await page.locator(RENDERED).first().waitFor({ timeout: 15_000 });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await overflow(page)).toEqual([]);
      await page.close();
    },
  );

  it('made no request that left the machine', () => {
    expect(session.offMachineRequests).toEqual([]);
  });
});
