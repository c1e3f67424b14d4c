// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { backupFileName, exportBackup } from '../../../lib/backup/export-backup';
import { checkBackup, describeBackup } from '../../../lib/backup/read-backup';
import { restoreBackup } from '../../../lib/backup/restore-backup';
import { ROW_SCHEMAS } from '../../../lib/backup/row-schemas';
import type { CocreateDb } from '../../../lib/storage/db';
import { DERIVED_TABLES } from '../../../lib/storage/schema';
import { testDb } from '../test-db';
import { dumpAll, seedEveryTable } from './seed';

function expected(db: CocreateDb) {
  return { name: db.name, version: db.verno };
}

async function backupText(db: CocreateDb): Promise<string> {
  return (await exportBackup(db)).text();
}

/** The parts of dexie-export-import's file these tests read or change. */
interface BackupJson {
  data: {
    tables: { name: string; schema: string; rowCount: number }[];
    data: { tableName: string; inbound: boolean; rows: unknown[] }[];
  };
}

async function populated(): Promise<CocreateDb> {
  const db = testDb('cocreate');
  await seedEveryTable(db);
  return db;
}

describe('backup and restore', () => {
  it('has a row check for every table in the database except the derived ones', () => {
    const db = testDb(`tables-${Math.random()}`);
    const stored = db.tables.map((t) => t.name).filter((name) => !DERIVED_TABLES.includes(name));
    expect(stored.sort()).toEqual([...ROW_SCHEMAS.keys()].sort());
    expect(DERIVED_TABLES.filter((name) => ROW_SCHEMAS.has(name))).toEqual([]);
  });

  it('leaves the audit rows out of the file and rebuilds them on restore', async () => {
    const db = await populated();
    const auditBefore = await db.auditWeeks.toArray();
    expect(auditBefore.flatMap((week) => week.rows).length).toBe(await db.consultations.count());
    const text = await backupText(db);
    expect((JSON.parse(text) as BackupJson).data.tables.map((t) => t.name)).not.toContain('auditWeeks');

    await Promise.all(db.tables.map((t) => t.clear()));
    const check = checkBackup(text, expected(db));
    if (!check.ok) throw new Error(check.message);
    await restoreBackup(db, check.backup);

    expect(await db.auditWeeks.toArray()).toEqual(auditBefore);
  });

  it('ignores audit rows carried in a file, rebuilding them from its consultations', async () => {
    const db = await populated();
    const auditBefore = await db.auditWeeks.toArray();
    const file = JSON.parse(await backupText(db)) as BackupJson;
    const forged = [{ week: '2026-11-16', rows: [{ id: 'not-a-consultation' }] }];
    file.data.tables.push({ name: 'auditWeeks', schema: 'week', rowCount: 1 });
    file.data.data.push({ tableName: 'auditWeeks', inbound: true, rows: forged });

    const check = checkBackup(JSON.stringify(file), expected(db));
    if (!check.ok) throw new Error(check.message);
    await restoreBackup(db, check.backup);

    expect(await db.auditWeeks.toArray()).toEqual(auditBefore);
  });

  it('restores every record after the database is wiped', async () => {
    const db = await populated();
    const before = await dumpAll(db);
    const text = await backupText(db);
    await Promise.all(db.tables.map((t) => t.clear()));

    const check = checkBackup(text, expected(db));
    if (!check.ok) throw new Error(check.message);
    await restoreBackup(db, check.backup);

    expect(await dumpAll(db)).toEqual(before);
  });

  it('restores onto another PC that already has different data, leaving none of it behind', async () => {
    const source = await populated();
    const text = await backupText(source);
    const other = testDb('cocreate');
    await other.pdsa.put({
      id: 'other',
      createdAt: '',
      aim: 'x',
      change: '',
      prediction: '',
      whatHappened: '',
      learned: '',
      nextCycle: '',
    });

    const check = checkBackup(text, expected(other));
    if (!check.ok) throw new Error(check.message);
    await restoreBackup(other, check.backup);

    expect(await dumpAll(other)).toEqual(await dumpAll(source));
  });

  it('restores a row that holds one list under two names, as grid rows can', async () => {
    const db = testDb('cocreate');
    const keywords = ['knee', 'hip'];
    await db.grids.put({
      id: 'shared',
      source: 'local',
      updatedAt: '2026-11-01T00:00:00Z',
      keywords,
      grid: { id: 'shared', keywords },
    });
    const before = await dumpAll(db);
    const text = await backupText(db);
    await db.grids.clear();

    const check = checkBackup(text, expected(db));
    if (!check.ok) throw new Error(check.message);
    await restoreBackup(db, check.backup);

    expect(await dumpAll(db)).toEqual(before);
  });

  it('describes what the backup holds in plain words', async () => {
    const check = checkBackup(await backupText(await populated()), { name: 'x', version: 1 });
    expect(check.ok).toBe(false);
    const db = await populated();
    const ok = checkBackup(await backupText(db), expected(db));
    if (!ok.ok) throw new Error(ok.message);
    expect(describeBackup(ok.backup)).toBe(
      '2 consultations, 1 plan, 1 option grid, 1 settings entry, 1 PDSA log entry, 1 retention record',
    );
  });

  it('names backup files by date', () => {
    expect(backupFileName(new Date('2026-11-23T09:00:00Z'))).toBe('cocreate-backup-2026-11-23.json');
  });
});

describe('a damaged or foreign backup', () => {
  type Mutate = (file: {
    data: {
      tables: { name: string; rowCount: number }[];
      data: { tableName: string; rows: Record<string, unknown>[] }[];
    };
  }) => void;
  const rowsOf = (file: Parameters<Mutate>[0], table: string) =>
    file.data.data.find((t) => t.tableName === table)!.rows;

  it.each<[string, (text: string) => string, RegExp]>([
    ['cut short', (text) => text.slice(0, text.length / 2), /not a Cocreate backup, or it is damaged/],
    ['empty', () => '', /not a Cocreate backup/],
    ['some other JSON', () => '{"hello":"world"}', /not a Cocreate backup/],
    [
      'another database',
      (text) => text.replace(/"databaseName":"[^"]+"/, '"databaseName":"someone-else"'),
      /not a Cocreate backup/,
    ],
    [
      'from a newer Cocreate',
      (text) => text.replace(/"databaseVersion":\d+/, '"databaseVersion":999'),
      /newer version of Cocreate/,
    ],
  ])('is refused when %s', async (_name, corrupt, message) => {
    const db = await populated();
    const check = checkBackup(corrupt(await backupText(db)), expected(db));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });

  it.each<[string, Mutate, RegExp]>([
    [
      'a table this Cocreate does not know',
      (f) => f.data.data.push({ tableName: 'secrets', rows: [] }),
      /not a Cocreate backup/,
    ],
    [
      'a consultation in the wrong form',
      (f) => {
        rowsOf(f, 'consultations')[0]!.status = 'lost';
      },
      /consultations are damaged \(entry 1/,
    ],
    [
      'a plan without its text',
      (f) => {
        delete rowsOf(f, 'plans')[0]!.text;
      },
      /plans are damaged/,
    ],
    [
      'a row that is not an object',
      (f) => {
        rowsOf(f, 'pdsa')[0] = 'x' as never;
      },
      /PDSA log entries are damaged/,
    ],
    [
      'a date Cocreate never stores',
      (f) => {
        rowsOf(f, 'plans')[0]!.$types = { createdAt: 'date' };
      },
      /plans are damaged/,
    ],
    [
      'a row that refers to itself',
      (f) => {
        const row = rowsOf(f, 'plans')[0]!;
        row.loop = { self: '#loop' };
        row.$types = { 'loop.self': '#' };
      },
      /plans are damaged/,
    ],
    [
      'rows missing',
      (f) => {
        rowsOf(f, 'consultations').pop();
      },
      /Some rows are missing/,
    ],
  ])('is refused when it holds %s', async (_name, mutate, message) => {
    const db = await populated();
    const file = JSON.parse(await backupText(db)) as Parameters<Mutate>[0];
    mutate(file);
    const check = checkBackup(JSON.stringify(file), expected(db));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });

  it('leaves the current data exactly as it was when a write fails half way', async () => {
    const db = await populated();
    const file = JSON.parse(await backupText(db)) as Parameters<Mutate>[0];
    // Two PDSA rows with one id pass the row checks but fail on writing, after
    // consultations, plans and grids have already been replaced in the transaction.
    const pdsa = rowsOf(file, 'pdsa');
    pdsa.push({ ...pdsa[0]! });
    file.data.tables.find((t) => t.name === 'pdsa')!.rowCount = 2;
    rowsOf(file, 'consultations')[0]!.patientRef = 'CHANGED';
    const before = await dumpAll(db);

    const check = checkBackup(JSON.stringify(file), expected(db));
    if (!check.ok) throw new Error(check.message);
    await expect(restoreBackup(db, check.backup)).rejects.toThrow();

    expect(await dumpAll(db)).toEqual(before);
  });
});
