/**
 * Dexie schema history. Every version is a dated constant; never edit an old
 * one in place — add a new version with a named upgrade and a test that seeds
 * the older shape (tests/unit/storage/migrations.test.ts).
 */
export const SCHEMA_2026_11_23 = {
  version: 1,
  stores: {
    consultations: 'id, patientRef, updatedAt, createdAt, status',
    plans: 'id, consultationId, createdAt',
    grids: 'id, source, updatedAt, *keywords',
    settings: 'key',
    pdsa: 'id, createdAt',
  },
} as const;

/** In order, oldest first. */
export const SCHEMA_HISTORY = [SCHEMA_2026_11_23] as const;

export const DATABASE_NAME = 'cocreate';
