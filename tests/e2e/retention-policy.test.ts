import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launch, type Session } from './harness';

/**
 * Retention that runs (docs/privacy.md, "Retention"): the sidebar says how many
 * consultations are due, and a practice's `autoPurge` policy, set in a real Chromium
 * policy file (as tests/e2e/settings-managed-policy.test.ts does), purges them as
 * the sidebar opens and records the counts on the audit page.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `cocreate-e2e-retention-${process.pid}.json`);
const TYPED_ON = new Date('2025-06-02T10:00:00Z');

function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A consultation typed long ago, so it is due now. */
async function typeOldConsultation(session: Session): Promise<void> {
  const panel = await session.context.newPage();
  await panel.clock.setFixedTime(TYPED_ON);
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await panel.getByLabel('Patient reference').fill('RP 1944');
  await panel.getByLabel('What matters to the patient').fill('Getting back to the bowls club');
  await panel.getByLabel('What matters to the patient').press('Tab');
  await expect
    .poll(() => panel.locator('[data-save-status]').getAttribute('data-save-status'), { timeout: 15_000 })
    .toBe('saved');
  await panel.close();
  // Playwright's clock belongs to the whole browser context, not to this page: left fixed, every
  // page opened later would also think it is still TYPED_ON, and nothing would ever be due.
  await session.context.clock.setFixedTime(new Date());
}

const matters = (panel: Page) => panel.getByLabel('What matters to the patient');

describe('retention that runs', () => {
  let session: Session | undefined;
  afterEach(async () => {
    rmSync(POLICY_FILE, { force: true });
    await session?.close();
    session = undefined;
  });

  it('tells the clinician in the sidebar how many consultations are due for removal', async () => {
    session = await launch();
    await typeOldConsultation(session);
    const panel = await session.openSidePanel();
    await expect
      .poll(() => panel.getByText(/due for removal/).textContent(), { timeout: 20_000 })
      .toBe('1 consultation due for removal. Review on My audit');
    // Nothing is removed without the practice's policy or the clinician's confirmation.
    expect(await matters(panel).inputValue()).toBe('Getting back to the bowls club');
    expect(session.offMachineRequests).toEqual([]);
  });

  it.skipIf(!canWritePolicy())(
    'purges at start-up under the autoPurge policy and records counts, not content',
    async () => {
      const policy = {
        '3rdparty': {
          extensions: { [unpackedExtensionId(EXTENSION_DIR)]: { autoPurge: true, retentionDays: 30 } },
        },
      };
      writeFileSync(POLICY_FILE, JSON.stringify(policy));
      session = await launch();
      await typeOldConsultation(session);
      const panel = await session.openSidePanel();
      // Chromium reads policy lazily (about 6 s on a busy machine); the purge follows it.
      await expect.poll(() => matters(panel).inputValue(), { timeout: 45_000 }).toBe('(removed)');
      expect(await panel.getByLabel('Patient reference').inputValue()).toBe('');
      expect(await panel.getByText(/due for removal/).count()).toBe(0);

      const audit = await session.openExtensionPage('audit.html');
      const retention = audit.getByRole('region', { name: 'Old consultation text' });
      await expect
        .poll(() => retention.innerText(), { timeout: 20_000 })
        .toMatch(
          /automatic \(set by your practice\): text removed from 1 consultation, 0 copies of plans given deleted\./,
        );
      expect(await retention.innerText()).toContain('Your practice has set this to happen by itself');
      expect(await retention.innerText()).not.toContain('bowls');
      expect(session.offMachineRequests).toEqual([]);
    },
  );
});
