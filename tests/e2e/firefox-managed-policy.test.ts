import { accessSync, constants, existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getByLabel,
  hasFirefox,
  launchFirefox,
  poll,
  FIREFOX_PATH,
  type FirefoxSession,
} from './firefox/harness';

/**
 * Firefox reads enterprise policy from policies.json in its installation's
 * `distribution` folder (as docs/deploying.md tells an IT lead to do).
 */
const DISTRIBUTION_DIR = hasFirefox() ? join(dirname(realpathSync(FIREFOX_PATH)), 'distribution') : '';
const POLICIES_FILE = join(DISTRIBUTION_DIR, 'policies.json');

function whyNot(): string {
  if (!hasFirefox()) return `no Firefox at ${FIREFOX_PATH}`;
  // Never overwrite a policy an administrator put there.
  if (existsSync(POLICIES_FILE)) return `${POLICIES_FILE} already exists`;
  try {
    mkdirSync(DISTRIBUTION_DIR, { recursive: true });
    accessSync(DISTRIBUTION_DIR, constants.W_OK);
    return '';
  } catch {
    return `cannot write ${DISTRIBUTION_DIR} (run as root, as CI does)`;
  }
}

const skipReason = whyNot();
if (skipReason)
  console.warn(
    `Skipping the Firefox policy test: ${skipReason}. tests/unit/settings covers the storage boundary.`,
  );

/** Firefox's managed storage filled from a real policies.json "3rdparty" entry (docs/deploying.md, "Firefox"). */
describe.skipIf(skipReason !== '')('settings set centrally by Firefox enterprise policy', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    const policies = {
      policies: {
        '3rdparty': {
          Extensions: {
            'cocreate@cocreate.example': { practiceName: 'Riverside Surgery', appointmentMinutes: 15 },
          },
        },
      },
    };
    writeFileSync(POLICIES_FILE, JSON.stringify(policies));
    session = await launchFirefox();
  });
  afterAll(async () => {
    // Never leave a policy behind: it would apply to every Firefox on this machine.
    rmSync(POLICIES_FILE, { force: true });
    await session?.close();
  });

  it('shows the central value locked on the settings page', async () => {
    const options = await session.openExtensionPage('options.html');
    const practice = await getByLabel(options, 'Practice name');
    await poll(() => practice.evaluate((element) => (element as HTMLInputElement).disabled), 'the lock');
    expect(await practice.evaluate((element) => (element as HTMLInputElement).value)).toBe(
      'Riverside Surgery',
    );
    const minutes = await getByLabel(options, 'Default appointment length (minutes)');
    expect(await minutes.evaluate((element) => (element as HTMLInputElement).value)).toBe('15');
    const name = await getByLabel(options, 'Your name');
    expect(await name.evaluate((element) => (element as HTMLInputElement).disabled)).toBe(false);
    expect(session.offMachineRequests).toEqual([]);
  });

  it('starts consultations in the sidebar with the central appointment length', async () => {
    const panel = await session.openExtensionPage('sidepanel.html');
    await poll(
      async () =>
        (await (
          await getByLabel(panel, 'Appointment length (minutes)')
        ).evaluate((element) => (element as HTMLInputElement).value)) === '15',
      'the appointment length from policy',
    );
    expect(session.offMachineRequests).toEqual([]);
  });
});
