import type { Page } from 'playwright-core';
import type { Session } from './harness';

/** Fills in the settings page as a clinician would, saves, and waits for "Settings saved." */
export async function saveSettings(
  session: Session,
  fill: (options: Page) => Promise<unknown>,
): Promise<void> {
  const options = await session.openExtensionPage('options.html');
  await options.getByLabel('Your practice is in').waitFor({ timeout: 15_000 });
  await fill(options);
  await options.getByRole('button', { name: 'Save settings' }).click();
  await options
    .getByRole('status')
    .filter({ hasText: 'Settings saved.' })
    .first()
    .waitFor({ timeout: 15_000 });
  await options.close();
}
