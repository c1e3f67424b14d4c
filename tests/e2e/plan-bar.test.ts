import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { addItem, expectStep, expectStored } from './guide-support';

/**
 * "Plan agreed" and the outputs where the eyes are (docs/quick-path.md, "Controls where the eyes
 * are"): on step 5 at 360 × 800 and 420 × 900 they are inside the viewport without scrolling,
 * at the top of the step and anywhere down it. Screenshots go to screenshots/ (git-ignored).
 */
const SIZES = [
  [360, 800],
  [420, 900],
] as const;
const SHOTS = 'screenshots';

describe('the bar at the foot of step 5', () => {
  let session: Session;
  let panel: Page;
  const bar = () => panel.getByRole('group', { name: 'Agree and send the plan' });
  const controls = (): Locator[] => [
    bar().getByLabel('Plan agreed with the patient'),
    bar().getByRole('button', { name: 'Insert note' }),
    bar().getByRole('button', { name: 'Print the plan' }),
    bar().getByRole('button', { name: 'Text message…' }),
  ];
  /** Each control's box lies wholly inside the viewport as it is now. */
  async function allInView(height: number, width: number): Promise<void> {
    for (const control of controls()) {
      const box = await control.boundingBox();
      expect(box, `${String(control)} has a box`).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    }
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launch();
  });
  afterAll(async () => {
    expect(session.offMachineRequests).toEqual([]);
    await session.close();
  });

  it('starts a consultation at step 5 with a grid chosen and a goal', async () => {
    panel = await session.openSidePanel();
    await expectStep(panel, '2. Agenda setting');
    await addItem(panel, "Patient's agenda item (their own words)", 'My blood pressure was high');
    await panel.getByRole('button', { name: 'Raised blood pressure: what to do next' }).click();
    await expectStep(panel, '4. Discussing options');
    await panel
      .getByRole('group', { name: 'Which option does the patient lean to?' })
      .getByLabel(/^Healthy changes first/)
      .click();
    await expectStep(panel, '5. Agreeing the way forward');
    await panel.getByRole('textbox', { name: 'Goal' }).fill('Home blood pressure under 135/85 by the spring');
    await panel
      .getByRole('textbox', { name: 'First action', exact: true })
      .fill('Walk 20 minutes after lunch');
  });

  it.each(SIZES)(
    'shows "Plan agreed" and the outputs without scrolling at %i × %i',
    async (width, height) => {
      await panel.setViewportSize({ width, height });
      await panel.evaluate(() => window.scrollTo(0, 0));
      await allInView(height, width);
      await panel.screenshot({ path: `${SHOTS}/step-5-${width}x${height}.png` });
      // Half-way down the step, where the task and follow-up are, the bar is still there.
      await panel.getByRole('group', { name: 'Follow-up in' }).scrollIntoViewIfNeeded();
      await allInView(height, width);
      await panel.screenshot({ path: `${SHOTS}/step-5-${width}x${height}-follow-up.png` });
    },
  );

  it('is keyboard-usable, labelled and axe-clean; "Plan agreed" there agrees the plan', async () => {
    const violations = (await new AxeBuilder({ page: panel }).include('.plan-bar').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
    expect(violations).toEqual([]);
    await bar().getByLabel('Plan agreed with the patient').focus();
    await panel.keyboard.press('Space');
    await expectStored(panel, (c) => c.status, 'agreed');
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Insert note');
  });

  it('runs the same outputs as the plan: print opens the patient view, text message goes to its box', async () => {
    const [view] = await Promise.all([
      session.context.waitForEvent('page'),
      bar().getByRole('button', { name: 'Print the plan' }).click(),
    ]);
    expect(new URL(view.url()).pathname).toBe('/patient-view.html');
    await view.close();
    await bar().getByRole('button', { name: 'Text message…' }).click();
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Copy as text message');
    // Insert with no EHR field chosen says so, in the plan's own status line.
    await bar().getByRole('button', { name: 'Insert note' }).click();
    await expect
      .poll(() =>
        panel.getByRole('region', { name: 'The agreed plan' }).getByRole('status').last().textContent(),
      )
      .not.toBe('');
  });
});
