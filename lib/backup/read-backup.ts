import * as v from 'valibot';
import { DERIVED_TABLES } from '../storage/schema';
import { reviveRow } from './revive-row';
import { normaliseConsultation } from '../domain/normalise-consultation';
import { ROW_SCHEMAS, TABLE_LABELS, TEXT_LIMITS } from './row-schemas';

/** A backup that passed every check: rows per table, ready to replace the database. */
export interface CheckedBackup {
  databaseVersion: number;
  tables: Map<string, unknown[]>;
}

export type BackupCheck = { ok: true; backup: CheckedBackup } | { ok: false; message: string };

/** dexie-export-import's file format (its json-structure.ts), version 1. */
const BackupFile = v.object({
  formatName: v.literal('dexie'),
  formatVersion: v.literal(1),
  data: v.object({
    databaseName: v.string(),
    databaseVersion: v.number(),
    tables: v.array(v.object({ name: v.string(), schema: v.string(), rowCount: v.number() })),
    data: v.array(v.object({ tableName: v.string(), inbound: v.boolean(), rows: v.array(v.unknown()) })),
  }),
});

export const NOT_A_BACKUP =
  'This file is not a Cocreate backup, or it is damaged (perhaps cut short while copying). Nothing was changed.';

export interface ExpectedDatabase {
  name: string;
  /** The newest schema version this Cocreate knows; a backup from a newer one is refused. */
  version: number;
}

/**
 * Checks a whole backup before anything is written (docs/privacy.md, "Backups": "restore validates
 * first and never merges half a file"). Every failure is a sentence a clinician
 * can act on, ending "Nothing was changed."; nothing here throws, and the
 * database is never touched here.
 */
export function checkBackup(text: string, expected: ExpectedDatabase): BackupCheck {
  try {
    return checkBackupText(text, expected);
  } catch {
    return { ok: false, message: NOT_A_BACKUP };
  }
}

function checkBackupText(text: string, expected: ExpectedDatabase): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: NOT_A_BACKUP };
  }
  const file = v.safeParse(BackupFile, json);
  if (!file.success || file.output.data.databaseName !== expected.name)
    return { ok: false, message: NOT_A_BACKUP };
  const data = file.output.data;
  if (data.databaseVersion > expected.version) {
    return {
      ok: false,
      message:
        'This backup was made by a newer version of Cocreate. Update Cocreate on this PC, then restore it. Nothing was changed.',
    };
  }
  const tables = new Map<string, unknown[]>();
  for (const table of data.data) {
    // Rebuilt from the consultations on restore, never taken from a file.
    if (DERIVED_TABLES.includes(table.tableName)) continue;
    const schema = ROW_SCHEMAS.get(table.tableName);
    if (!schema || tables.has(table.tableName)) return { ok: false, message: NOT_A_BACKUP };
    const declared = data.tables.find((t) => t.name === table.tableName);
    if (!declared || declared.rowCount !== table.rows.length) {
      return {
        ok: false,
        message: `${damaged(table.tableName)}. Some rows are missing. Nothing was changed.`,
      };
    }
    const rows: unknown[] = [];
    for (const [index, raw] of table.rows.entries()) {
      const revived = reviveRow(raw);
      if (!revived.ok || !v.safeParse(schema, revived.row).success) {
        return {
          ok: false,
          message: `${damaged(table.tableName)} (entry ${index + 1} is not in the expected form). Nothing was changed.`,
        };
      }
      if (!textWithinLimit(revived.row)) {
        return {
          ok: false,
          message: `${damaged(table.tableName)} (entry ${index + 1} holds a text longer than Cocreate keeps). Nothing was changed.`,
        };
      }
      rows.push(normaliseRow(table.tableName, revived.row));
    }
    tables.set(table.tableName, rows);
  }
  return { ok: true, backup: { databaseVersion: data.databaseVersion, tables } };
}

/**
 * A row as this version stores it: a consultation laid over a fresh one (every
 * field present, of its type), a grid never claiming to be shipped with Cocreate
 * (shipped grids come from code, never from the database or a file).
 */
function normaliseRow(tableName: string, row: unknown): unknown {
  if (tableName === 'consultations') return normaliseConsultation(row);
  if (tableName === 'grids' && isRecord(row) && row.source === 'bundled') return { ...row, source: 'local' };
  return row;
}

/** Every string anywhere in the row, known field or not, within the free-text limit. */
function textWithinLimit(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.length <= TEXT_LIMITS.freeText;
  if (depth > 64) return false;
  if (Array.isArray(value)) return value.every((item) => textWithinLimit(item, depth + 1));
  if (isRecord(value)) return Object.values(value).every((item) => textWithinLimit(item, depth + 1));
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Row counts in plain words, for the "replace your data?" question. */
export function describeBackup(backup: CheckedBackup): string {
  const parts = [...backup.tables].map(([name, rows]) => {
    const [one, many] = TABLE_LABELS.get(name) ?? [name, name];
    return `${rows.length} ${rows.length === 1 ? one : many}`;
  });
  return parts.join(', ');
}

function damaged(tableName: string): string {
  return `This backup's ${TABLE_LABELS.get(tableName)?.[1] ?? tableName} are damaged`;
}
