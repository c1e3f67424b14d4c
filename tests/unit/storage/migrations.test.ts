import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ROW_SCHEMAS } from '../../../lib/backup/row-schemas';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { openDb, type CocreateDb } from '../../../lib/storage/db';
import { SCHEMA_HISTORY } from '../../../lib/storage/schema';
import { context } from '../plan/consultations';
import V1_FILE from './schema-v1-rows.json';

/**
 * One case per schema version (shared/style.md rule 6). Each seeds every table in
 * the shape that version stored — read from a frozen JSON file (schema-v<N>-rows.json),
 * not built with today's factories, so a later change to the domain types cannot
 * quietly change the "old" data — then opens the current database and checks every record.
 *
 * Adding schema version N: add `SCHEMA_<date>` to lib/storage/schema.ts with its
 * upgrade; add a case here for version N that seeds rows in N's shape (new file) and
 * checks them; and change the version N-1 case's `check` to state what the upgrade
 * must have made of each older row. "has a migration case for every schema version"
 * fails until the case exists.
 */
interface MigrationCase {
  /** The version whose shape is seeded. */
  version: number;
  seed(old: Dexie): Promise<void>;
  check(current: CocreateDb): Promise<void>;
}

/** Version 1 (2026-11-23) rows, exactly as the first release wrote them: a frozen file, never regenerated. */
const V1_ROWS: Record<string, Record<string, unknown>[]> = V1_FILE;

const CASES: MigrationCase[] = [
  {
    version: 1,
    async seed(old) {
      for (const [table, rows] of Object.entries(V1_ROWS)) await old.table(table).bulkPut(rows);
    },
    async check(current) {
      // Version 1 is the current shape: every row comes back exactly as written.
      for (const [table, rows] of Object.entries(V1_ROWS)) {
        const key = table === 'settings' ? 'key' : 'id';
        const stored = await current.table(table).orderBy(key).toArray();
        const sorted = [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
        expect(stored, table).toEqual(sorted);
      }
    },
  },
];

/** Seeds a database at `version` using that version's own table definitions. */
async function seededAt(c: MigrationCase): Promise<{ indexedDB: IDBFactory; name: string }> {
  const indexedDB = new IDBFactory();
  const name = `migrate-v${c.version}`;
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const schema of SCHEMA_HISTORY.filter((s) => s.version <= c.version))
    old.version(schema.version).stores(schema.stores);
  await c.seed(old);
  old.close();
  return { indexedDB, name };
}

describe('schema migrations', () => {
  it('lists versions in increasing order, each with a dated name', () => {
    const versions = SCHEMA_HISTORY.map((schema) => schema.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('has a migration case for every schema version', () => {
    expect(CASES.map((c) => c.version)).toEqual(SCHEMA_HISTORY.map((s) => s.version));
  });

  it.each(CASES)('opens a database seeded at version $version and converts every record', async (c) => {
    const { indexedDB, name } = await seededAt(c);
    const current = openDb({ name, indexedDB, IDBKeyRange });
    await current.open();

    expect(current.verno).toBe(SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version);
    await c.check(current);
    // Whatever the upgrade did, every row now has the current shape (the same checks a restore uses),
    for (const table of current.tables) {
      const schema = ROW_SCHEMAS[table.name];
      expect(schema, `a row check for ${table.name}`).toBeDefined();
      for (const row of await table.toArray())
        expect(v.safeParse(schema!, row).issues, `${table.name} ${JSON.stringify(row).slice(0, 60)}`).toBe(
          undefined,
        );
    }
    // and every upgraded consultation still renders a plan without throwing.
    for (const consultation of await current.consultations.toArray())
      expect(buildPatientPlans(consultation, context('both')).length).toBe(2);
    current.close();
  });

  it.each(CASES)('keeps version $version data when opened twice (the upgrade runs once)', async (c) => {
    const { indexedDB, name } = await seededAt(c);
    const first = openDb({ name, indexedDB, IDBKeyRange });
    await first.open();
    first.close();
    const second = openDb({ name, indexedDB, IDBKeyRange });
    await c.check(second);
    second.close();
  });
});
