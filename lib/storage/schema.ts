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

/**
 * Adds `auditWeeks`: the de-identified audit row of every consultation,
 * grouped by the week it was created (lib/storage/audit-weeks.ts), so the
 * audit page reads a year in ~52 small records. Upgrade: upgrades.ts
 * `fillAuditWeeks` derives the rows of every consultation already stored.
 */
export const SCHEMA_2026_11_24 = {
  version: 2,
  stores: { ...SCHEMA_2026_11_23.stores, auditWeeks: 'week' },
} as const;

/**
 * `plans` becomes the record of each copy of the patient's plan given out
 * (printed, downloaded, inserted), indexed by the date it was given; adds
 * `retentionRuns`, the counts of each retention run for the audit page.
 * Upgrade: upgrades.ts `reshapePlans` turns any plan stored in the old shape
 * (last produced text, never written by a release) into a copy given on its
 * creation date, format "unrecorded".
 */
export const SCHEMA_2026_11_29 = {
  version: 3,
  stores: {
    ...SCHEMA_2026_11_24.stores,
    plans: 'id, consultationId, givenAt',
    retentionRuns: 'id, at',
  },
} as const;

/**
 * Same tables; the audit row gains what the team export needs (a copy given, teach-back, SURE,
 * minutes used and booked, the grid options chosen). Upgrade: upgrades.ts `rebuildAuditWeeks`
 * derives every audit week again from the consultations.
 */
export const SCHEMA_2026_12_07 = {
  version: 4,
  stores: SCHEMA_2026_11_29.stores,
} as const;

/** In order, oldest first. */
export const SCHEMA_HISTORY = [
  SCHEMA_2026_11_23,
  SCHEMA_2026_11_24,
  SCHEMA_2026_11_29,
  SCHEMA_2026_12_07,
] as const;

/**
 * Tables derived from the others and kept in step by the database itself:
 * left out of backups (a restore rebuilds them) and never restored from a file.
 */
export const DERIVED_TABLES: readonly string[] = ['auditWeeks'];

export const DATABASE_NAME = 'cocreate';
