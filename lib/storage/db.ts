import { Dexie, type EntityTable } from 'dexie';
import type { Consultation } from '../domain/consultation';
import type { StoredGrid } from '../domain/stored-grid';
import type { PdsaEntry } from '../domain/pdsa-entry';
import type { StoredPlan } from '../plan/stored-plan';
import type { RetentionRun } from '../domain/retention-run';
import type { StoredSetting } from '../domain/stored-setting';
import { auditWeeksMiddleware, type AuditWeek } from './audit-weeks';
import { DATABASE_NAME, SCHEMA_HISTORY } from './schema';
import { UPGRADES } from './upgrades';

// Row types belong to their domain folder; re-exported here so older imports keep compiling.
export type { StoredPlan, StoredGrid, StoredSetting, PdsaEntry };

export type CocreateDb = Dexie & {
  consultations: EntityTable<Consultation, 'id'>;
  plans: EntityTable<StoredPlan, 'id'>;
  grids: EntityTable<StoredGrid, 'id'>;
  settings: EntityTable<StoredSetting, 'key'>;
  pdsa: EntityTable<PdsaEntry, 'id'>;
  /** Derived from consultations by the database itself (audit-weeks.ts); read-only for everyone else. */
  auditWeeks: EntityTable<AuditWeek, 'week'>;
  /** Counts of each retention run (lib/domain/retention-run.ts); no patient data. */
  retentionRuns: EntityTable<RetentionRun, 'id'>;
};

/**
 * The database or its promise. The side panel passes a promise, so Dexie loads after its first
 * paint (docs/performance.md); other pages and tests pass the database itself.
 */
export type DbSource = CocreateDb | Promise<CocreateDb>;

export interface OpenDbOptions {
  name?: string;
  /** Inject fake-indexeddb in unit tests; extension pages use the browser's own. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * Opens the Cocreate database. Only extension pages call this (shared/style.md
 * rule 4): a content script would open the EHR site's storage instead.
 */
export function openDb(options: OpenDbOptions = {}): CocreateDb {
  const db = new Dexie(options.name ?? DATABASE_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as CocreateDb;
  for (const schema of SCHEMA_HISTORY) {
    const version = db.version(schema.version).stores(schema.stores);
    const upgrade = UPGRADES[schema.version];
    if (upgrade) version.upgrade(upgrade);
  }
  db.use(auditWeeksMiddleware);
  return db;
}
