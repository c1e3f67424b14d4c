// @vitest-environment happy-dom
import { signal } from '@preact/signals-core';
import { describe, expect, it, vi } from 'vitest';
import { createBackupApp, type BackupFile } from '../../../lib/app/backup-app';
import { isEncryptedBackup, WRONG_PASSPHRASE } from '../../../lib/backup/encrypted-backup';
import { exportBackup } from '../../../lib/backup/export-backup';
import { NOT_A_BACKUP } from '../../../lib/backup/read-backup';
import type { CocreateDb } from '../../../lib/storage/db';
import { dumpAll, seedEveryTable } from '../backup/seed';
import { testDb } from '../test-db';

const NOW = new Date('2026-11-23T09:00:00Z');
const FILE_NAME = 'cocreate-backup-2026-11-23.json';
const PASS = 'correct horse battery staple';

async function backupApp({ requireEncryption = false } = {}) {
  const db = testDb(`backup-${Math.random()}`);
  await seedEveryTable(db);
  const download = vi.fn<(blob: Blob, fileName: string) => void>();
  const onRestored = vi.fn(() => Promise.resolve());
  const app = createBackupApp({
    db,
    now: () => NOW,
    download,
    onRestored,
    requireEncryption: () => requireEncryption,
  });
  return { db, app, download, onRestored };
}

const fileOf = (text: string, name = FILE_NAME): BackupFile => ({ name, text: () => Promise.resolve(text) });
const plainFile = async (db: CocreateDb) => fileOf(await (await exportBackup(db)).text());
const clearAll = (db: CocreateDb) => Promise.all(db.tables.map((table) => table.clear()));

describe('the backup’s model: making a backup', () => {
  it('downloads the whole database under a name from its clock, and says where it went', async () => {
    const { app, download } = await backupApp();
    const made = app.exportBackup();
    expect(app.step.value).toEqual({ kind: 'busy', what: 'Making the backup…' });
    expect(app.busy.value).toBe(true);
    await made;

    expect(download).toHaveBeenCalledOnce();
    const [blob, fileName] = download.mock.calls[0]!;
    expect(fileName).toBe(FILE_NAME);
    expect(isEncryptedBackup(await blob.text())).toBe(false);
    expect(app.step.value).toEqual({
      kind: 'done',
      message: `Backup saved to your downloads as ${FILE_NAME}.`,
    });
    expect(app.busy.value).toBe(false);
  });

  it.each([
    ['a short passphrase', 'short words', 'short words', /^The passphrase needs at least 12 characters\.$/],
    ['a guessable passphrase', 'aaaaaaaaaaaaaa', 'aaaaaaaaaaaaaa', /too easy to guess/],
    ['two different passphrases', PASS, `${PASS}!`, /^The two passphrases are not the same\.$/],
  ])('refuses %s and downloads nothing', async (_, passphrase, repeat, message) => {
    const { app, download } = await backupApp();
    app.setPassphrase(passphrase);
    app.setRepeat(repeat);
    expect(app.encrypting.value).toBe(true);
    await app.exportBackup();
    expect(app.step.value).toEqual({ kind: 'refused', message: expect.stringMatching(message) as string });
    expect(download).not.toHaveBeenCalled();
    expect(app.passphrase.value).toBe(passphrase);
  });

  it('asks for a passphrase where the practice requires encryption', async () => {
    const { app, download } = await backupApp({ requireEncryption: true });
    expect(app.requireEncryption.value).toBe(true);
    expect(app.encrypting.value).toBe(true);
    await app.exportBackup();
    expect(app.step.value).toEqual({
      kind: 'refused',
      message: 'The passphrase needs at least 12 characters that are not spaces.',
    });
    expect(download).not.toHaveBeenCalled();
  });

  it('follows the practice’s policy as it changes', () => {
    const policy = signal(false);
    const app = createBackupApp({
      db: testDb(`backup-${Math.random()}`),
      now: () => NOW,
      download: () => undefined,
      onRestored: () => Promise.resolve(),
      requireEncryption: () => policy.value,
    });
    expect(app.encrypting.value).toBe(false);
    policy.value = true;
    expect(app.requireEncryption.value).toBe(true);
    expect(app.encrypting.value).toBe(true);
  });

  it('says so in plain words when the backup cannot be made', async () => {
    const { app, db, download } = await backupApp();
    db.close();
    await app.exportBackup();
    expect(app.step.value).toEqual({
      kind: 'refused',
      message: 'The backup could not be made. Try again; if it keeps failing, restart the browser.',
    });
    expect(download).not.toHaveBeenCalled();
  });
});

describe('the backup’s model: restoring', () => {
  it('checks a chosen file and shows what it holds, writing nothing', async () => {
    const { app, db } = await backupApp();
    const file = await plainFile(db);
    await db.plans.clear();
    const before = await dumpAll(db);

    await app.readFile(file);

    expect(app.step.value).toEqual({
      kind: 'confirm',
      fileName: FILE_NAME,
      description: expect.stringMatching(/^2 consultations, 1 plan, 1 option grid/) as string,
    });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('restores only once confirmed, re-reads the page and says what it restored', async () => {
    const { app, db, onRestored } = await backupApp();
    const file = await plainFile(db);
    const before = await dumpAll(db);
    await clearAll(db);

    await app.readFile(file);
    expect(onRestored).not.toHaveBeenCalled();
    await app.restore();

    expect(await dumpAll(db)).toEqual(before);
    expect(onRestored).toHaveBeenCalledOnce();
    expect(app.restores.value).toBe(1);
    expect(app.step.value).toMatchObject({
      kind: 'done',
      message: expect.stringMatching(
        /^Restored 2 consultations.*\. Close and reopen the Cocreate sidebar to see them\.$/,
      ) as string,
    });
  });

  it('leaves the data as it was when cancelled', async () => {
    const { app, db } = await backupApp();
    const file = await plainFile(db);
    await db.plans.clear();
    const before = await dumpAll(db);

    await app.readFile(file);
    app.cancel();
    await app.restore();

    expect(app.step.value).toEqual({ kind: 'idle' });
    expect(await dumpAll(db)).toEqual(before);
    expect(app.restores.value).toBe(0);
  });

  it.each([
    [
      'a damaged file',
      async (db: CocreateDb) => fileOf((await (await plainFile(db)).text()).slice(0, 200)),
      NOT_A_BACKUP,
    ],
    [
      'a file that cannot be read',
      () => Promise.resolve({ name: FILE_NAME, text: () => Promise.reject(new Error('gone')) }),
      'The file could not be read. Nothing was changed.',
    ],
  ])('refuses %s in plain words and touches nothing', async (_, file, message) => {
    const { app, db } = await backupApp();
    const chosen = await file(db);
    const before = await dumpAll(db);

    await app.readFile(chosen);
    await app.restore();

    expect(app.step.value).toEqual({ kind: 'refused', message });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses an unencrypted file where the practice requires encryption', async () => {
    const { app, db } = await backupApp({ requireEncryption: true });
    await app.readFile(await plainFile(db));
    expect(app.step.value).toEqual({
      kind: 'refused',
      message:
        'Your practice requires encrypted backups, and this file is not encrypted, so it was not restored. Nothing was changed.',
    });
  });

  it('says nothing was changed when the restore cannot be finished', async () => {
    const { app, db, onRestored } = await backupApp();
    await app.readFile(await plainFile(db));
    db.close();
    await app.restore();
    expect(app.step.value).toEqual({
      kind: 'refused',
      message: 'The restore could not be finished, so nothing was changed. Your data is as it was.',
    });
    expect(onRestored).not.toHaveBeenCalled();
    expect(app.restores.value).toBe(0);
  });
});

describe('the backup’s model: an encrypted backup', () => {
  // Two real key derivations and three openings, at the iterations a real backup uses.
  it('seals the file, forgets the passphrase, and opens it again only with the same one', async () => {
    const { app, db, download } = await backupApp();
    app.setPassphrase(PASS);
    app.setRepeat(PASS);
    await app.exportBackup();

    expect(app.step.value).toEqual({
      kind: 'done',
      message: `Backup saved to your downloads as ${FILE_NAME}, encrypted: keep the passphrase apart from the file.`,
    });
    expect([app.passphrase.value, app.repeat.value]).toEqual(['', '']);
    const sealed = await download.mock.calls[0]![0].text();
    expect(isEncryptedBackup(sealed)).toBe(true);
    expect(sealed).not.toContain('allotment');

    const before = await dumpAll(db);
    await clearAll(db);
    await app.readFile(fileOf(sealed));
    expect(app.step.value).toEqual({ kind: 'locked', fileName: FILE_NAME });

    app.setUnlock('a wrong passphrase here');
    await app.open();
    expect(app.step.value).toEqual({ kind: 'refused', message: WRONG_PASSPHRASE });
    expect(app.unlock.value).toBe('');
    await app.open();
    expect(app.step.value).toEqual({ kind: 'refused', message: WRONG_PASSPHRASE });

    await app.readFile(fileOf(sealed));
    app.setUnlock('typed, then left');
    app.cancel();
    expect(app.step.value).toEqual({ kind: 'idle' });
    expect(app.unlock.value).toBe('');

    await app.readFile(fileOf(sealed));
    app.setUnlock(PASS);
    await app.open();
    expect(app.step.value).toMatchObject({ kind: 'confirm', fileName: FILE_NAME });
    await app.restore();
    expect(await dumpAll(db)).toEqual(before);
  }, 60_000);
});
