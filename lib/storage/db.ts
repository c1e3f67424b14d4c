import { Dexie, type EntityTable } from 'dexie';
import type { Consultation } from '../domain/consultation';
import { auditWeeksMiddleware, type AuditWeek } from './audit-weeks';
import { DATABASE_NAME, SCHEMA_HISTORY } from './schema';
import { UPGRADES } from './upgrades';

/** A saved snapshot of the agreed plan text, as the clinician last produced it. */
export interface StoredPlan {
  id: string;
  consultationId: string;
  createdAt: string;
  language: 'en' | 'cy' | 'both';
  patientText: string;
  clinicianText: string;
}

/** A grid row as stored; `grid` is the validated grid document (lib/option-grids). */
export interface StoredGrid {
  id: string;
  source: 'bundled' | 'practice' | 'local';
  updatedAt: string;
  keywords: string[];
  grid: unknown;
}

export interface StoredSetting {
  key: string;
  value: unknown;
}

/** One Plan–Do–Study–Act cycle (framework.md, "Underneath every element"). */
export interface PdsaEntry {
  id: string;
  createdAt: string;
  aim: string;
  change: string;
  prediction: string;
  whatHappened: string;
  learned: string;
  nextCycle: string;
}

export type CocreateDb = Dexie & {
  consultations: EntityTable<Consultation, 'id'>;
  plans: EntityTable<StoredPlan, 'id'>;
  grids: EntityTable<StoredGrid, 'id'>;
  settings: EntityTable<StoredSetting, 'key'>;
  pdsa: EntityTable<PdsaEntry, 'id'>;
  /** Derived from consultations by the database itself (audit-weeks.ts); read-only for everyone else. */
  auditWeeks: EntityTable<AuditWeek, 'week'>;
};

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
