// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { checkBackup } from '../../../lib/backup/read-backup';
import { restoreBackup } from '../../../lib/backup/restore-backup';
import type { CocreateDb } from '../../../lib/storage/db';
import { testDb } from '../test-db';
import { seedEveryTable } from './seed';

interface BackupJson {
  data: {
    tables: { name: string; schema: string; rowCount: number }[];
    data: { tableName: string; inbound: boolean; rows: Record<string, unknown>[] }[];
  };
}

async function fileOf(): Promise<{ db: CocreateDb; file: BackupJson }> {
  const db = testDb(`guards-${Math.random()}`);
  await seedEveryTable(db);
  const file = JSON.parse(await (await exportBackup(db)).text()) as BackupJson;
  return { db, file };
}

const rowsOf = (file: BackupJson, table: string) => file.data.data.find((t) => t.tableName === table)!.rows;

function check(db: CocreateDb, file: BackupJson) {
  return checkBackup(JSON.stringify(file), { name: db.name, version: db.verno });
}

describe('restore guards', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'refuses a table named %s in plain words instead of throwing',
    async (name) => {
      const { db, file } = await fileOf();
      file.data.tables.push({ name, schema: 'id', rowCount: 0 });
      file.data.data.push({ tableName: name, inbound: true, rows: [] });
      const result = check(db, file);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/not a Cocreate backup.*Nothing was changed\./);
    },
  );

  it('never throws, whatever the file holds', async () => {
    const { db } = await fileOf();
    for (const text of [
      'null',
      '[]',
      '{"formatName":"dexie","formatVersion":1,"data":null}',
      '"x"',
      '1e999',
    ]) {
      const result = checkBackup(text, { name: db.name, version: db.verno });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/Nothing was changed\.$/);
    }
  });

  it('relabels a grid that claims to be shipped with Cocreate as a local grid', async () => {
    const { db, file } = await fileOf();
    rowsOf(file, 'grids')[0]!.source = 'bundled';
    const result = check(db, file);
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.tables.get('grids')).toEqual([expect.objectContaining({ source: 'local' })]);
  });

  it.each([
    ['a 5 MB patient reference', (row: Record<string, unknown>) => (row.patientRef = 'A'.repeat(5_000_000))],
    [
      'a patient reference longer than 200 characters',
      (row: Record<string, unknown>) => (row.patientRef = 'A'.repeat(201)),
    ],
    [
      'an over-long text in a known field',
      (row: Record<string, unknown>) =>
        ((row.agenda as Record<string, unknown>).whatMatters = 'x'.repeat(100_001)),
    ],
    [
      'an over-long text in a field this version does not know',
      (row: Record<string, unknown>) => (row.extra = { note: 'x'.repeat(100_001) }),
    ],
    ['an over-long id', (row: Record<string, unknown>) => (row.id = 'i'.repeat(201))],
  ])('refuses %s', async (_name, mutate) => {
    const { db, file } = await fileOf();
    mutate(rowsOf(file, 'consultations')[0]!);
    const result = check(db, file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/consultations are damaged.*Nothing was changed\./);
  });

  it('lays a restored consultation missing fields over a fresh one', async () => {
    const { db, file } = await fileOf();
    const row = rowsOf(file, 'consultations')[0]!;
    delete (row.review as Record<string, unknown>).helped;
    (row.review as Record<string, unknown>).gotInTheWay = 42;
    (row.implementation as Record<string, unknown>).support = null;
    row.extra = { typed: 'Kept until purged' };
    const result = check(db, file);
    if (!result.ok) throw new Error(result.message);
    await restoreBackup(db, result.backup);
    const restored = await db.consultations.get(String(row.id));
    expect(restored?.review.helped).toBe('');
    expect(restored?.review.gotInTheWay).toBe('');
    expect(restored?.implementation.support).toBe('');
    expect((restored as unknown as { extra: unknown }).extra).toEqual({ typed: 'Kept until purged' });
  });
});
