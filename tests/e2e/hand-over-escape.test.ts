import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tapNumber } from './collaborate-support';
import { expectStored, storedConsultation } from './guide-support';
import { canRunHeaded, launchHeaded, startXvfb, type HeadedSession } from './headed';

/**
 * docs/collaborate.md, "Ending early": headed Chromium under Xvfb with real keys (xdotool). The
 * hand-over window closed by the browser's own shortcuts (Ctrl+W, Alt+F4) leaves the clinician's
 * Cocreate page locked behind "The hand-over ended early", logged on the consultation; a second
 * response never replaces the first.
 */
const headed = canRunHeaded();
if (!headed) console.warn('Skipping the hand-over escape test: Xvfb and xdotool are needed.');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!headed)('the hand-over is not a way out', () => {
  let xvfb: { display: string; stop: () => void };
  let session: HeadedSession;
  let panel: Page;

  beforeAll(async () => {
    xvfb = await startXvfb();
    session = await launchHeaded(xvfb.display);
    panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    await panel.getByLabel('Patient reference').fill('HX 1950');
    await panel.keyboard.press('Alt+5');
    await panel.getByLabel(/^Goal/).fill('Dig the allotment beds');
    await panel.getByLabel(/^Goal/).blur();
    await panel.locator('[data-save-status="saved"]').waitFor({ timeout: 15_000 });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    xvfb?.stop();
  });

  async function handOver(): Promise<Page> {
    const [screen] = await Promise.all([
      session.context.waitForEvent('page', { timeout: 15_000 }),
      panel
        .getByRole('region', { name: 'collaboRATE' })
        .getByRole('button', { name: /^Hand over/ })
        .click(),
    ]);
    await screen.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
    return screen;
  }

  /** Focuses the hand-over window for the X keyboard, by its title. */
  function focusHandOver(): void {
    const ids = session.x('search', '--name', 'About your appointment').trim().split('\n').filter(Boolean);
    session.x('windowfocus', '--sync', ids[ids.length - 1]!);
  }

  async function unlock(): Promise<void> {
    const button = panel.getByRole('alertdialog').getByRole('button');
    await button.focus();
    await panel.keyboard.down(' ');
    await pause(2_300);
    await panel.keyboard.up(' ');
    await expect.poll(() => panel.getByRole('alertdialog').count(), { timeout: 5_000 }).toBe(0);
  }

  it.each([
    ['Ctrl+W', 'ctrl+w', 1],
    ['Alt+F4', 'alt+F4', 2],
  ])('%s on the hand-over window leads to the locked panel, logged', async (_name, keys, count) => {
    const screen = await handOver();
    const closed = screen.waitForEvent('close', { timeout: 15_000 });
    focusHandOver();
    session.x('key', '--clearmodifiers', keys);
    await closed;
    const locked = panel.getByRole('alertdialog', { name: 'The hand-over ended early' });
    await expect.poll(() => locked.count(), { timeout: 15_000 }).toBe(1);
    await expectStored(panel, (c) => c.handOversEndedEarly?.length ?? 0, count);
    await unlock();
  });

  it('left by the hold, the panel is not locked; a second submission does not overwrite the first', async () => {
    for (const [answers, round] of [
      [[3, 4, 2], 1],
      [[9, 9, 9], 2],
    ] as const) {
      const screen = await handOver();
      for (const [i, n] of answers.entries()) {
        await tapNumber(screen, n);
        await screen.getByRole('button', { name: i < 2 ? 'Next' : 'Finish' }).click();
      }
      await screen.getByRole('heading', { name: /^Thank you/ }).waitFor({ timeout: 15_000 });
      const closed = screen.waitForEvent('close', { timeout: 15_000 });
      await screen.getByRole('button', { name: /^Clinician: press and hold to return/ }).focus();
      await screen.keyboard.down(' ');
      await closed;
      await pause(800);
      expect(await panel.getByRole('alertdialog').count()).toBe(0);
      const stored = await storedConsultation(panel);
      expect(stored?.collaborate?.answers).toEqual([3, 4, 2]);
      expect(stored?.collaborateLater?.length ?? 0).toBe(round - 1);
    }
  });
});
