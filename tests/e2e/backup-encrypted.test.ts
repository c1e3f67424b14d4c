import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

/**
 * Encrypted backups (docs/privacy.md, "Backups"), and a malformed restored record that
 * retention must still purge, in real Chromium with real WebCrypto.
 */
const REF = 'EN 1950';
const MATTERS = 'Walking to the allotment on Sundays';
const PASS = 'riverside practice 2026';

function consultations(page: Page): Promise<
  {
    id: string;
    patientRef: string;
    purgedAt: string | null;
    agenda: { whatMatters: string };
    review: Record<string, unknown>;
  }[]
> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('consultations').objectStore('consultations').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as never);
          };
        };
      }),
  );
}

async function wipeConsultations(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction(['consultations'], 'readwrite');
          tx.objectStore('consultations').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
}

describe('encrypted backups and restored records in real Chromium', () => {
  let session: Session;
  let options: Page;
  let sealedFile = '';
  let plainFile = '';
  const status = () => options.getByRole('region', { name: 'Backup and restore' }).getByRole('status');

  beforeAll(async () => {
    session = await launch();
    const panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').fill(REF);
    await panel.getByLabel('What matters to the patient').fill(MATTERS);
    await panel.getByLabel('What matters to the patient').press('Tab');
    await panel.locator('[data-save-status="saved"]').waitFor({ timeout: 15_000 });
    await panel.close();
    options = await session.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('downloads a backup sealed with the passphrase, with no readable text', async () => {
    await options.getByLabel(/^Passphrase for the backup/).fill(PASS);
    await options.getByLabel('Type the passphrase again').fill(PASS);
    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Download an encrypted backup' }).click();
    sealedFile = join(session.userDataDir, 'sealed.json');
    await (await downloading).saveAs(sealedFile);
    const text = readFileSync(sealedFile, 'utf8');
    expect(text).not.toContain(REF);
    expect(text).not.toContain('allotment');
    expect(JSON.parse(text)).toMatchObject({ kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 } });
  });

  it('refuses a wrong passphrase and a tampered file, changing nothing', async () => {
    await wipeConsultations(options);
    await options.getByLabel('Restore from a backup file').setInputFiles(sealedFile);
    await options.getByLabel(/^Passphrase for sealed\.json/).fill('not the passphrase');
    await options.getByRole('button', { name: 'Open the backup' }).click();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('Nothing was changed.');
    expect(await status().textContent()).toContain('passphrase is wrong');

    const file = JSON.parse(readFileSync(sealedFile, 'utf8')) as { data: string };
    file.data = (file.data.startsWith('A') ? 'B' : 'A') + file.data.slice(1);
    const tampered = join(session.userDataDir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(file));
    await options.getByLabel('Restore from a backup file').setInputFiles(tampered);
    await options.getByLabel(/^Passphrase for tampered\.json/).fill(PASS);
    await options.getByRole('button', { name: 'Open the backup' }).click();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('Nothing was changed.');
    expect(await consultations(options)).toEqual([]);
  });

  it('restores with the right passphrase', async () => {
    await options.getByLabel('Restore from a backup file').setInputFiles(sealedFile);
    await options.getByLabel(/^Passphrase for sealed\.json/).fill(PASS);
    await options.getByRole('button', { name: 'Open the backup' }).click();
    await options
      .getByRole('button', { name: 'Replace my data with this backup' })
      .click({ timeout: 30_000 });
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toContain('Restored 1 consultation');
    expect((await consultations(options)).map((c) => c.agenda.whatMatters)).toEqual([MATTERS]);
  });

  it('purges everything due even after restoring a malformed, old record', async () => {
    const downloading = options.waitForEvent('download');
    await options.getByLabel(/^Passphrase for the backup/).fill('');
    await options.getByLabel('Type the passphrase again').fill('');
    await options.getByRole('button', { name: 'Download a backup' }).click();
    plainFile = join(session.userDataDir, 'plain.json');
    await (await downloading).saveAs(plainFile);
    const backup = JSON.parse(readFileSync(plainFile, 'utf8')) as {
      data: { data: { tableName: string; rows: Record<string, unknown>[] }[] };
    };
    const row = backup.data.data.find((t) => t.tableName === 'consultations')!.rows[0]!;
    // Months old, a field missing and a number where text belongs: what an older version may have left.
    Object.assign(row, {
      createdAt: '2025-01-06T10:00:00.000Z',
      updatedAt: '2025-01-06T10:30:00.000Z',
      extraNote: 'Typed in a newer version',
    });
    delete (row.review as Record<string, unknown>).helped;
    (row.implementation as Record<string, unknown>).support = 42;
    const malformed = join(session.userDataDir, 'malformed.json');
    writeFileSync(malformed, JSON.stringify(backup));
    await options.getByLabel('Restore from a backup file').setInputFiles(malformed);
    await options
      .getByRole('button', { name: 'Replace my data with this backup' })
      .click({ timeout: 30_000 });
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toContain('Restored 1 consultation');

    const audit = await session.openExtensionPage('audit.html');
    const retention = audit.getByRole('region', { name: 'Old consultation text' });
    await retention
      .getByRole('button', { name: 'Remove text from 1 consultation…' })
      .click({ timeout: 15_000 });
    await retention.getByRole('button', { name: 'Yes, remove the text now' }).click();
    await expect
      .poll(() => retention.innerText(), { timeout: 30_000 })
      .toContain('Removed the typed text from 1 consultation.');
    expect(await retention.getByRole('alert').count()).toBe(0);
    expect(await retention.innerText()).toMatch(/confirmed here: text removed from 1 consultation/);
    const [stored] = await consultations(audit);
    expect(stored).toMatchObject({
      patientRef: '',
      agenda: { whatMatters: '(removed)' },
      extraNote: '(removed)',
    });
    expect(stored?.review.helped).toBe('');
    expect(session.offMachineRequests).toEqual([]);
  });
});
