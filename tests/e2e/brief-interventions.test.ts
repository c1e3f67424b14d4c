import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStored } from './guide-support';
import { EXTENSION_DIR, launch, type Session } from './harness';
import { saveSettings } from './settings-support';

/** Screenshots for review when COCREATE_SHOTS_DIR is set, as the other e2e tests do. */
const shots = process.env.COCREATE_SHOTS_DIR;

/**
 * Brief intervention quick picks (docs/brief-interventions.md) in real Chromium: the nation
 * setting picks the services, a tick reaches the stored record, the patient plan in English
 * and Welsh and the clinician note; the practice's own list (settings page, and enterprise
 * policy) shows up in the panel.
 */

async function planTexts(panel: Page): Promise<{ patient: string; note: string }> {
  await panel.keyboard.press('Alt+5');
  await panel
    .getByRole('heading', { level: 2, name: '5. Agreeing the way forward' })
    .waitFor({ timeout: 15_000 });
  await panel.getByRole('radio', { name: 'Patient version' }).check();
  const patient = (await panel.getByRole('region', { name: 'Patient version preview' }).textContent()) ?? '';
  await panel.getByRole('radio', { name: 'Clinician note' }).check();
  const note =
    (await panel.getByRole('region', { name: 'Clinician note preview' }).locator('pre').textContent()) ?? '';
  await panel.getByRole('radio', { name: 'Patient version' }).check();
  return { patient, note };
}

async function toImplementation(panel: Page): Promise<void> {
  await panel.keyboard.press('Alt+6');
  await panel.getByRole('heading', { level: 2, name: '6. Implementation' }).waitFor({ timeout: 15_000 });
}

const picks = (panel: Page) => panel.getByRole('group', { name: 'Brief interventions' });

describe('brief intervention quick picks, by the practice’s nation, in real Chromium', () => {
  let session: Session;
  let panel: Page;

  beforeAll(async () => {
    session = await launch();
    panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').waitFor({ timeout: 15_000 });
    await saveSettings(session, (o) => o.getByLabel('Your practice is in').selectOption('wales'));
    // The patient reads English and Welsh.
    await panel.keyboard.press('Alt+1');
    await panel.getByLabel('Preferred language').selectOption('both');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('Wales: a tick on Smoking names Help Me Quit in the record, both languages of the plan and the note', async () => {
    await toImplementation(panel);
    const smoking = picks(panel).getByRole('checkbox', { name: /^Smoking/ });
    const label = await smoking.evaluate((el) => el.closest('label')?.textContent);
    // The number no public source confirmed is not offered until the practice confirms it.
    expect(label).toContain('Help Me Quit (helpmequit.wales)');
    expect(label).toContain('Not printed until your practice confirms Help Me Quit’s phone number');
    expect(label).not.toContain('0800 085 2219');
    await smoking.check();
    const stored = await expectStored(panel, (c) => c.implementation.briefInterventions?.map((p) => p.id), [
      'wales-smoking',
    ]);
    expect(stored.implementation.briefInterventions?.[0]).toMatchObject({
      topic: 'Smoking',
      service: 'Help Me Quit (helpmequit.wales)',
      en: 'Help Me Quit gives free NHS help to stop smoking. Go to helpmequit.wales, or ask us for their phone number.',
    });
    if (shots) await panel.screenshot({ path: `${shots}/brief-interventions-wales.png`, fullPage: true });
    const { patient, note } = await planTexts(panel);
    expect(patient).toContain('Help to make a change: Help Me Quit gives free NHS help to stop smoking.');
    expect(patient).toContain('Help i wneud newid: Mae Help Me Quit yn rhoi help am ddim gan y GIG');
    expect(patient).not.toContain('0800 085 2219');
    expect(note).toContain('Brief intervention: Smoking: Help Me Quit (helpmequit.wales)');
  });

  it('England: the same tick names the NHS Stop Smoking Service; the Welsh pick already made stays as it was', async () => {
    await saveSettings(session, (o) => o.getByLabel('Your practice is in').selectOption('england'));
    await toImplementation(panel);
    // Made under the Welsh list: still shown, ticked, beside England's entry, so it can be taken away.
    const welsh = picks(panel).getByRole('checkbox', { name: /^Smoking Help Me Quit/ });
    const english = picks(panel).getByRole('checkbox', {
      name: /^Smoking Local NHS Stop Smoking Service; NHS Quit Smoking app/,
    });
    await english.waitFor({ timeout: 15_000 });
    expect(await welsh.isChecked()).toBe(true);
    expect(await english.isChecked()).toBe(false);
    // A click, not uncheck(): the old pick leaves the list once taken away.
    await welsh.click();
    await expectStored(panel, (c) => c.implementation.briefInterventions?.length, 0);
    expect(await welsh.count()).toBe(0);
    await english.check();
    await picks(panel)
      .getByRole('checkbox', { name: /^Moving more/ })
      .check();
    const stored = await expectStored(
      panel,
      (c) => c.implementation.briefInterventions?.map((p) => p.service),
      [
        'Local NHS Stop Smoking Service; NHS Quit Smoking app',
        'GP exercise referral scheme (local); NHS Couch to 5K app',
      ],
    );
    expect(stored.implementation.referrals).toBe('');
    const { patient, note } = await planTexts(panel);
    expect(patient).toContain('Your local NHS Stop Smoking Service gives free help to stop smoking.');
    expect(patient).not.toContain('Help Me Quit');
    expect(note).toContain('Brief intervention: Moving more: GP exercise referral scheme (local)');
  });

  it('a name the practice confirms in Settings is offered from then on, saying who confirmed it and when', async () => {
    await saveSettings(session, (o) =>
      o
        .getByLabel('Service numbers your practice has confirmed')
        .fill('england-activity | Bryn Surgery | 2026-12-01'),
    );
    await toImplementation(panel);
    const confirmed = picks(panel).getByRole('checkbox', { name: /Active 10/ });
    await confirmed.waitFor({ timeout: 15_000 });
    expect(await confirmed.evaluate((el) => el.closest('label')?.textContent)).toContain(
      'Confirmed by Bryn Surgery on 2026-12-01.',
    );
    await saveSettings(session, (o) => o.getByLabel('Service numbers your practice has confirmed').fill(''));
  });

  it('a list the practice edits in Settings shows up at once, and its pick reaches plan and note', async () => {
    await saveSettings(session, (o) =>
      o
        .getByLabel('Brief intervention quick picks')
        .fill(
          'Gambling | GamCare, 0808 8020 133 | GamCare gives free, private help with gambling. Call 0808 8020 133. | Mae GamCare yn rhoi help preifat am ddim gyda gamblo. Ffoniwch 0808 8020 133.\nAlcohol |',
        ),
    );
    await toImplementation(panel);
    const gambling = picks(panel).getByRole('checkbox', { name: /^Gambling/ });
    await gambling.waitFor({ timeout: 15_000 });
    expect(
      await picks(panel)
        .getByRole('checkbox', { name: /^Alcohol/ })
        .count(),
    ).toBe(0);
    await gambling.check();
    await expectStored(panel, (c) => c.implementation.briefInterventions?.map((p) => p.id), [
      'england-smoking',
      'england-activity',
      'practice-gambling',
    ]);
    const { patient, note } = await planTexts(panel);
    expect(patient).toContain('GamCare gives free, private help with gambling.');
    expect(patient).toContain('Mae GamCare yn rhoi help preifat am ddim gyda gamblo.');
    expect(note).toContain('Brief intervention: Gambling: GamCare, 0808 8020 133');
    expect(session.offMachineRequests).toEqual([]);
  });
});

/** Where Debian's Chromium reads mandatory policy on Linux (needs root to write). */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `cocreate-e2e-brief-${process.pid}.json`);
function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
const writable = canWritePolicy();
/** An unpacked extension's id: SHA-256 of its folder's path, hex digits as a–p (as tests/e2e/settings-managed-policy.test.ts). */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

describe.skipIf(!writable)('a brief intervention list set by enterprise policy', () => {
  let session: Session;

  beforeAll(async () => {
    const id = unpackedExtensionId(EXTENSION_DIR);
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [id]: {
              nation: 'wales',
              briefInterventions:
                'Weight | Riverside weight group, Tuesdays | Our weight group meets on Tuesdays at 6pm. | Mae ein grŵp pwysau yn cwrdd ar ddydd Mawrth am 6pm.',
            },
          },
        },
      }),
    );
    session = await launch();
    expect(session.extensionId).toBe(id);
  });

  afterAll(async () => {
    // Never leave a policy behind: it would apply to every Chromium on this machine.
    rmSync(POLICY_FILE, { force: true });
    await session?.close();
  });

  it('shows the practice’s weight group in place of the built-in one, over the Welsh list', async () => {
    const panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').waitFor({ timeout: 15_000 });
    await toImplementation(panel);
    const weight = picks(panel).getByRole('checkbox', { name: /^Weight/ });
    await expect
      .poll(() => weight.evaluate((el) => el.closest('label')?.textContent), { timeout: 15_000 })
      .toContain('Riverside weight group, Tuesdays');
    expect(await picks(panel).textContent()).toContain('Help Me Quit');
    await weight.check();
    await expectStored(
      panel,
      (c) => c.implementation.briefInterventions?.[0]?.service,
      'Riverside weight group, Tuesdays',
    );
    const options = await session.openExtensionPage('options.html');
    const field = options.getByLabel('Brief intervention quick picks');
    await field.waitFor({ timeout: 15_000 });
    expect(await field.isDisabled()).toBe(true);
  });
});
