import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ROW_SCHEMAS } from '../../../lib/backup/row-schemas';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { openDb, type CocreateDb } from '../../../lib/storage/db';
import { toAuditRow } from '../../../lib/audit/audit-row';
import type { Consultation } from '../../../lib/domain/consultation';
import type { AuditWeek } from '../../../lib/storage/audit-weeks';
import { DERIVED_TABLES, SCHEMA_HISTORY } from '../../../lib/storage/schema';
import { context } from '../plan/consultations';
import V1_FILE from './schema-v1-rows.json';
import V2_FILE from './schema-v2-rows.json';
import V3_FILE from './schema-v3-rows.json';
import V4_FILE from './schema-v4-rows.json';

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
/** Version 2 (2026-11-24) rows: version 1's, plus the audit weeks version 2 derived from them. Frozen. */
const V2_ROWS: Record<string, Record<string, unknown>[]> = V2_FILE;
/** Version 3 (2026-11-29) rows: plans as copies given, and a retention run's counts. Frozen. */
const V3_ROWS: Record<string, Record<string, unknown>[]> = V3_FILE;
/** Version 4 (2026-12-07) rows: version 3's, with each audit row carrying copies given, teach-back, SURE, minutes and options chosen. Frozen. */
const V4_ROWS: Record<string, Record<string, unknown>[]> = V4_FILE;
/** What version 4's upgrade makes of the audit weeks of the same consultations. */
const AUDIT_WEEKS_AFTER_V4 = V4_ROWS.auditWeeks!;

/** What version 3's upgrade makes of the plan rows versions 1 and 2 stored. */
const PLANS_AFTER_V3 = [
  {
    id: 'plan-1',
    consultationId: 'v1-complete',
    givenAt: '2026-11-20T10:20:00.000Z',
    format: 'unrecorded',
    language: 'both',
    text: 'You will walk 20 minutes a day.',
  },
];
const without = (rows: Record<string, Record<string, unknown>[]>, ...tables: string[]) =>
  Object.fromEntries(Object.entries(rows).filter(([table]) => !tables.includes(table)));

const KEYS: Record<string, string> = { settings: 'key', auditWeeks: 'week' };

/** Every table in `rows` comes back exactly as written. */
async function expectRows(current: CocreateDb, rows: Record<string, Record<string, unknown>[]>) {
  for (const [table, written] of Object.entries(rows)) {
    const key = KEYS[table] ?? 'id';
    const stored = await current.table(table).orderBy(key).toArray();
    const sorted = [...written].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
    expect(stored, table).toEqual(sorted);
  }
}

const CASES: MigrationCase[] = [
  {
    version: 1,
    async seed(old) {
      for (const [table, rows] of Object.entries(V1_ROWS)) await old.table(table).bulkPut(rows);
    },
    async check(current) {
      // Version 2 keeps every version 1 row as it was and adds each consultation's audit row;
      // version 3 turns the plan into a copy given, how it was given not recorded; version 4
      // derives the audit rows again with their new fields.
      await expectRows(current, without(V1_ROWS, 'plans'));
      await expectRows(current, { auditWeeks: AUDIT_WEEKS_AFTER_V4, plans: PLANS_AFTER_V3 });
    },
  },
  {
    version: 2,
    async seed(old) {
      for (const [table, rows] of Object.entries(V2_ROWS)) await old.table(table).bulkPut(rows);
    },
    async check(current) {
      // Version 3 reshapes the plan rows, version 4 the audit rows; everything else stays as it was.
      await expectRows(current, {
        ...without(V2_ROWS, 'plans', 'auditWeeks'),
        plans: PLANS_AFTER_V3,
        auditWeeks: AUDIT_WEEKS_AFTER_V4,
      });
    },
  },
  {
    version: 3,
    async seed(old) {
      for (const [table, rows] of Object.entries(V3_ROWS)) await old.table(table).bulkPut(rows);
    },
    async check(current) {
      // Version 4 derives the audit rows again, with the fields the team export needs.
      await expectRows(current, { ...without(V3_ROWS, 'auditWeeks'), auditWeeks: AUDIT_WEEKS_AFTER_V4 });
    },
  },
  {
    version: 4,
    async seed(old) {
      for (const [table, rows] of Object.entries(V4_ROWS)) await old.table(table).bulkPut(rows);
    },
    async check(current) {
      // Version 4 is the current shape.
      await expectRows(current, V4_ROWS);
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
      if (DERIVED_TABLES.includes(table.name)) continue;
      const schema = ROW_SCHEMAS.get(table.name);
      expect(schema, `a row check for ${table.name}`).toBeDefined();
      for (const row of await table.toArray())
        expect(v.safeParse(schema!, row).issues, `${table.name} ${JSON.stringify(row).slice(0, 60)}`).toBe(
          undefined,
        );
    }
    // every upgraded consultation still renders a plan without throwing,
    const consultations: Consultation[] = await current.consultations.toArray();
    for (const consultation of consultations)
      expect(buildPatientPlans(consultation, context('both')).length).toBe(2);
    // and the audit holds exactly one row per consultation, derived from it.
    const weeks: AuditWeek[] = await current.auditWeeks.toArray();
    const rows = weeks.flatMap((week) => week.rows).sort((a, b) => a.id.localeCompare(b.id));
    expect(rows).toEqual(consultations.map(toAuditRow).sort((a, b) => a.id.localeCompare(b.id)));
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
