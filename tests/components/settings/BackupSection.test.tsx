// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BackupSection } from '../../../components/options-page/BackupSection';
import { createBackupApp } from '../../../lib/app/backup-app';
import { exportBackup } from '../../../lib/backup/export-backup';
import { dumpAll, seedEveryTable } from '../../unit/backup/seed';
import { testDb } from '../../unit/test-db';

async function setup(requireEncryption = false) {
  const db = testDb('cocreate');
  await seedEveryTable(db);
  const onRestored = vi.fn(() => Promise.resolve());
  const backup = createBackupApp({
    db,
    now: () => new Date('2026-11-23T09:00:00Z'),
    download: () => undefined,
    onRestored,
    requireEncryption: () => requireEncryption,
  });
  render(<BackupSection backup={backup} />);
  return { db, onRestored };
}

function chooseFile(text: string, name = 'cocreate-backup-2026-11-23.json') {
  const input = screen.getByLabelText<HTMLInputElement>('Restore from a backup file');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('backup section', () => {
  it('asks before replacing data, and replaces nothing when cancelled', async () => {
    const { db } = await setup();
    const text = await (await exportBackup(db)).text();
    await db.plans.clear();
    const before = await dumpAll(db);

    chooseFile(text);
    expect(await screen.findByText(/holds 2 consultations, 1 plan, 1 option grid/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('button', { name: 'Replace my data with this backup' })).toBeNull();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('restores after confirmation and says what it restored', async () => {
    const { db, onRestored } = await setup();
    const text = await (await exportBackup(db)).text();
    const before = await dumpAll(db);
    await Promise.all(db.tables.map((t) => t.clear()));

    chooseFile(text);
    fireEvent.click(await screen.findByRole('button', { name: 'Replace my data with this backup' }));

    expect(await screen.findByText(/^Restored 2 consultations/)).toBeTruthy();
    expect(await dumpAll(db)).toEqual(before);
    expect(onRestored).toHaveBeenCalledOnce();
  });

  it('refuses an unencrypted backup where the practice requires encryption, and touches nothing', async () => {
    const { db } = await setup(true);
    const text = await (await exportBackup(db)).text();
    const before = await dumpAll(db);

    chooseFile(text);

    expect(
      await screen.findByText(/requires encrypted backups, and this file is not encrypted/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Replace my data with this backup' })).toBeNull();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses a damaged file with a plain message and touches nothing', async () => {
    const { db } = await setup();
    const text = await (await exportBackup(db)).text();
    const before = await dumpAll(db);

    chooseFile(text.slice(0, 200));

    expect(await screen.findByText(/not a Cocreate backup, or it is damaged/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Replace my data with this backup' })).toBeNull();
    expect(await dumpAll(db)).toEqual(before);
  });
});
