import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLibraryDocument } from '../../lib/option-grids/parse-grid';
import { validGrid } from '../fixtures/grids/valid-grid';
import { EXTENSION_DIR, launch, type Session } from './harness';

/** Where Debian's Chromium reads mandatory policy on Linux (needs root to write). */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `cocreate-e2e-${process.pid}.json`);

/**
 * An unpacked extension's id is derived from its folder: the first 128 bits of the
 * SHA-256 of the absolute path, each hex digit written as a letter a–p (Chromium's
 * crx_file::id_util::GenerateIdForPath). The test checks it against the real id.
 */
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

const writable = canWritePolicy();
if (!writable)
  console.warn(
    `Skipping the Chromium policy test: cannot write ${POLICY_DIR} (run as root, as CI does). ` +
      'The storage boundary is still covered by tests/unit/settings.',
  );

const LIBRARY = JSON.stringify(
  toLibraryDocument(
    [validGrid(), validGrid({ id: 'hip-pain-test', title: 'Hip pain from osteoarthritis' })],
    {
      name: 'Riverside grids',
      publisher: 'Riverside Surgery',
      publishedAt: '2026-11-01',
    },
  ),
);

/** Chrome/Edge managed storage filled from a real enterprise policy file (docs/deploying.md, "Chrome"). */
describe.skipIf(!writable)('settings set centrally by Chromium enterprise policy', () => {
  let session: Session;
  const extensionId = unpackedExtensionId(EXTENSION_DIR);

  beforeAll(async () => {
    const policy = {
      '3rdparty': {
        extensions: {
          [extensionId]: {
            practiceName: 'Riverside Surgery',
            appointmentMinutes: 15,
            planLanguage: 'both',
            practiceGridLibrary: LIBRARY,
          },
        },
      },
    };
    writeFileSync(POLICY_FILE, JSON.stringify(policy));
    session = await launch();
  });

  afterAll(async () => {
    // Never leave a policy behind: it would apply to every Chromium on this machine.
    rmSync(POLICY_FILE, { force: true });
    await session?.close();
  });

  it('gives the built extension the id the policy was written for', () => {
    expect(session.extensionId).toBe(extensionId);
  });

  it('shows central values locked with the reason, and leaves the rest editable', async () => {
    const page = await session.openExtensionPage('options.html');
    const practice = page.getByLabel('Practice name');
    // Chromium loads policy lazily: the first read took about 6 s on a busy 2-core machine.
    await expect.poll(() => practice.inputValue(), { timeout: 30_000 }).toBe('Riverside Surgery');
    expect(await practice.isDisabled()).toBe(true);
    expect(await practice.getAttribute('aria-describedby')).toContain('setting-practiceName-locked');
    expect(await page.locator('#setting-practiceName-locked').textContent()).toContain(
      'Set by your practice',
    );
    expect(await page.getByLabel('Default plan language').inputValue()).toBe('both');
    expect(await page.getByLabel('Default plan language').isDisabled()).toBe(true);
    expect(await page.getByLabel('Default appointment length (minutes)').isDisabled()).toBe(true);
    expect(await page.getByText('Your practice has set some of these centrally').count()).toBe(1);

    const name = page.getByLabel('Your name');
    expect(await name.isDisabled()).toBe(false);
    await name.fill('Dr A Jones');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Settings saved.');
    expect(session.offMachineRequests).toEqual([]);
  });

  it('offers the practice grid library named by the policy, and brings it in', async () => {
    const page = await session.openExtensionPage('options.html');
    const section = page.getByRole('region', { name: 'Practice option grids' });
    await expect
      .poll(() => section.textContent(), { timeout: 15_000 })
      .toContain('Your practice publishes Riverside grids from Riverside Surgery');
    expect(await section.textContent()).toContain('On this PC: 2 grids new.');
    await section.getByRole('button', { name: 'Bring in the practice grids' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toBe('Done: 2 grids new.');
    await expect.poll(() => section.textContent()).toContain('All 2 grids are already on this PC.');
    const practiceGrids = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('cocreate');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const request = open.result.transaction('grids').objectStore('grids').getAll();
            request.onsuccess = () =>
              resolve(
                (request.result as { id: string; source: string }[])
                  .filter((row) => row.source === 'practice')
                  .map((row) => row.id)
                  .sort(),
              );
          };
        }),
    );
    expect(practiceGrids).toEqual(['hip-pain-test', 'knee-pain-test']);
    expect(session.offMachineRequests).toEqual([]);
  });

  it('starts new consultations with the central appointment length in the side panel', async () => {
    const panel = await session.openSidePanel();
    await expect
      .poll(() => panel.getByLabel('Appointment length (minutes)').inputValue(), { timeout: 15_000 })
      .toBe('15');
    expect(session.offMachineRequests).toEqual([]);
  });
});
