import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Session } from './harness';

/**
 * Helpers for the collaboRATE hand-over e2e tests (docs/collaborate.md): the panel's
 * "Hand over to the patient" opens the screen in a window of its own.
 */

/** Clicks "Hand over…" in the panel and returns the patient's screen once it has rendered. */
export async function handOver(session: Session, panel: Page): Promise<Page> {
  const section = panel.getByRole('region', { name: 'collaboRATE' });
  const [screen] = await Promise.all([
    session.context.waitForEvent('page', { timeout: 15_000 }),
    section.getByRole('button', { name: /^Hand over/ }).click(),
  ]);
  await screen.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
  return screen;
}

/** The window an extension page is in, as the browser reports it (id and type). */
export function windowOf(page: Page): Promise<{ id?: number; type?: string }> {
  return page.evaluate(async () => {
    type Windows = { getCurrent(): Promise<{ id?: number; type?: string }> };
    const { windows } = (globalThis as unknown as { chrome: { windows: Windows } }).chrome;
    const found = await windows.getCurrent();
    return { id: found.id, type: found.type };
  });
}

/** Clicks a number on the current question, as a patient taps it. */
export async function tapNumber(screen: Page, n: number): Promise<void> {
  await screen
    .locator('.scale__point')
    .filter({ hasText: new RegExp(`^${n}`) })
    .click();
  await expect.poll(() => screen.locator('.scale__point--on').innerText()).toMatch(new RegExp(`^${n}`));
}

/** Holds the clinician's button with the mouse for `ms`, then lets go. */
export async function holdWithMouse(screen: Page, ms: number): Promise<void> {
  const button = screen.getByRole('button', { name: /^Clinician: press and hold to return/ });
  const box = (await button.boundingBox())!;
  await screen.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await screen.mouse.down();
  // Timed here, not in the page: the page closes itself when the hold completes.
  await new Promise((resolve) => setTimeout(resolve, ms));
  if (!screen.isClosed()) await screen.mouse.up();
}
