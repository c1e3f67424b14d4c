import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { QUICK_PATH, type ElementId } from '../../lib/domain/elements';
import { ELEMENT_REGISTRY } from '../../lib/domain/element-registry';
import { launch, type Session } from './harness';
import { addItem, expectStep } from './guide-support';

/**
 * The quick path on one screen (docs/quick-path.md, "One screen"): at 360 × 800
 * and 420 × 900 the first field of each quick-path element is above the fold,
 * and from 320 px up nothing scrolls sideways. COCREATE_SHOTS_DIR=/tmp/x saves a
 * screenshot of each, for looking at.
 */
const FIRST_FIELD: Partial<Record<ElementId, (page: Page) => Locator>> = {
  agenda: (page) => page.getByRole('textbox', { name: "Patient's agenda item (their own words)" }),
  options: (page) => page.getByRole('textbox', { name: 'The problem, as we agree it' }),
  agreement: (page) => page.getByRole('group', { name: 'Option chosen' }).getByRole('checkbox').first(),
};
const SIZES = [
  [360, 800],
  [420, 900],
] as const;

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('quick path layout', () => {
  let session: Session;
  let panel: Page;
  beforeAll(async () => {
    session = await launch();
    panel = await session.openSidePanel();
  });
  afterAll(async () => {
    await session.close();
  });

  it('starts a consultation with enough in it that each step looks as it does in use', async () => {
    await expectStep(panel, '2. Agenda setting');
    await addItem(panel, "Patient's agenda item (their own words)", 'My blood pressure was high');
    await panel.keyboard.press('Alt+Digit4');
    await panel.getByRole('button', { name: 'Raised blood pressure: what to do next' }).click();
    await panel
      .getByRole('group', { name: 'Which option does the patient lean to?' })
      .getByLabel(/^Healthy changes first/)
      .click();
    // The first choice goes on to agreeing the plan, as a clinician's would.
    await panel.getByRole('heading', { level: 2, name: '5. Agreeing the way forward' }).waitFor();
  });

  it.each(QUICK_PATH.flatMap((id) => SIZES.map(([w, h]) => [id, w, h] as const)))(
    'shows the first field of %s above the fold at %i × %i',
    async (id, width, height) => {
      await panel.setViewportSize({ width, height });
      const { number } = ELEMENT_REGISTRY[id];
      await panel.keyboard.press(`Alt+Digit${number}`);
      await panel.locator(`#step-${id}`).waitFor({ timeout: 15_000 });
      await panel.evaluate(() => window.scrollTo(0, 0));
      const field = FIRST_FIELD[id]?.(panel) ?? panel.locator(`#step-${id}`);
      const box = await field.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(height);
      expect(await sidewaysOverflow(panel)).toBeLessThanOrEqual(0);
      const shots = process.env.COCREATE_SHOTS_DIR;
      if (shots) await panel.screenshot({ path: `${shots}/${id}-${width}x${height}.png` });
      if (shots) await panel.screenshot({ path: `${shots}/${id}-${width}-full.png`, fullPage: true });
    },
  );

  it.each(QUICK_PATH)('does not scroll sideways at 320 px on %s', async (id) => {
    await panel.setViewportSize({ width: 320, height: 700 });
    await panel.keyboard.press(`Alt+Digit${ELEMENT_REGISTRY[id].number}`);
    await panel.locator(`#step-${id}`).waitFor({ timeout: 15_000 });
    await panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await sidewaysOverflow(panel)).toBeLessThanOrEqual(0);
  });

  it('made no request that left the machine', () => {
    expect(session.offMachineRequests).toEqual([]);
  });
});
