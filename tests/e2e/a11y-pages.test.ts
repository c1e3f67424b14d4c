import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../../lib/domain/elements';
import { launch, type Session } from './harness';
import { extensionPages, extensionPageUrl, RENDERED } from './trust-pages';

/** Violations that block a clinician (no serious or critical violations; docs/pilot/accessibility-statement.md). */
async function seriousViolations(page: Page, name: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  // One line per page in the log, so a run shows each page's violation counts.
  const counts = results.violations.map((v) => `${v.id}/${v.impact ?? '?'}×${v.nodes.length}`);
  console.info(
    `axe ${name}: ${results.passes.length} rules passed; violations: ${counts.join(', ') || 'none'}`,
  );
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return blocking.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

describe('accessibility: axe-core on every extension page', () => {
  let session: Session;
  let panel: Page;
  beforeAll(async () => {
    session = await launch();
    // A consultation with some text, so pages that show one (the patient view) have something to show.
    panel = await session.openSidePanel();
    await panel.getByLabel('What matters to the patient').fill('Walking to the allotment again');
    await panel.locator('[data-save-status="saved"]').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('finds the pages to check in the source tree', () => {
    expect(extensionPages()).toEqual(expect.arrayContaining(['sidepanel.html', 'options.html']));
  });

  it.each(extensionPages().filter((p) => p !== 'sidepanel.html'))(
    '%s has no serious or critical violations',
    async (path) => {
      const url = await extensionPageUrl(path, panel);
      const page = await session.openExtensionPage(url);
      await page.locator(RENDERED).first().waitFor({ timeout: 15_000 });
      expect(await seriousViolations(page, url)).toEqual([]);
      await page.close();
    },
  );

  it.each(ELEMENT_IDS.map((id, index) => [id, index + 1] as const))(
    'the side panel on element %s (Alt+%i) has no serious or critical violations',
    async (id, number) => {
      const page = await session.openSidePanel();
      await page.getByRole('navigation', { name: 'Elements' }).waitFor();
      await page.keyboard.press(`Alt+Digit${number}`);
      await expect
        .poll(() => page.locator('.navigator [aria-current="step"]').textContent(), { timeout: 15_000 })
        .toContain(`${number}.`);
      // Steps load on demand: wait for this one's heading so the whole step is measured.
      await page.locator(`#step-${id}`).waitFor({ timeout: 15_000 });
      expect(await seriousViolations(page, `sidepanel.html#${id}`)).toEqual([]);
      await page.close();
    },
  );

  it('reports a planted unlabelled field (so a pass means something)', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.locator('h1').first().waitFor({ timeout: 15_000 });
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.body.append(input);
    });
    expect((await seriousViolations(page, 'options.html + planted')).join('\n')).toContain('label');
    await page.close();
  });

  it('made no request that left the machine', () => {
    expect(session.offMachineRequests).toEqual([]);
  });
});
