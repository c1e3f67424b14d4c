import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { sameAuditRow, toAuditRow, type AuditRow } from '../audit/audit-row';
import { weekStart } from '../audit/iso-week';
import type { Consultation } from '../domain/consultation';

/**
 * The audit rows of one week's consultations (by creation date), in one record.
 * One record a week, not one a consultation: Chromium's IndexedDB spends about
 * 20 µs on every record it hands back, so 20,000 separate rows alone would
 * take ~400 ms — over the audit's whole 250 ms budget (docs/performance.md).
 */
export interface AuditWeek {
  /** Monday of the week, "YYYY-MM-DD" (iso-week.ts weekStart). */
  week: string;
  rows: AuditRow[];
}

export const AUDIT_WEEKS = 'auditWeeks';
const CONSULTATIONS = 'consultations';

/** Dexie's DBCoreRangeType.Any (a const enum, which isolated modules cannot import): `table.clear()`. */
const ANY_RANGE = 3;

/** One consultation's change: where its row was, and its row now (null when deleted). */
interface RowChange {
  id: string;
  fromWeek: string | null;
  row: AuditRow | null;
}

/**
 * Keeps `auditWeeks` in step with `consultations` inside the same IndexedDB
 * transaction, whoever writes (the sidebar, a review, retention, a restore):
 * the audit can never disagree with the records, and a failed write (a full
 * disk) rolls back both. Read-write transactions on consultations are widened
 * to include auditWeeks; nothing else changes.
 */
export const auditWeeksMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'audit-weeks',
  // Below Dexie's own layers (cache -1, observability 0, hooks 2): this layer
  // talks to IndexedDB directly, so its awaits need no Dexie zone to carry the
  // transaction, and the transaction it widens is the one IndexedDB opens.
  level: -2,
  create(down) {
    if (!down.schema.tables.some((table) => table.name === AUDIT_WEEKS)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes(CONSULTATIONS) && !stores.includes(AUDIT_WEEKS)
            ? [...stores, AUDIT_WEEKS]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== CONSULTATIONS) return table;
        const weeks = down.table(AUDIT_WEEKS);
        return { ...table, mutate: (request) => mutateWithAudit(table, weeks, request) };
      },
    };
  },
};

async function mutateWithAudit(
  table: DBCoreTable,
  weeks: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const trans = request.trans;
  if (request.type === 'deleteRange' && (request.range.type as number) === ANY_RANGE) {
    const response = await table.mutate(request);
    await weeks.mutate({ type: 'deleteRange', trans, range: request.range });
    return response;
  }
  const ids = await idsOf(table, request);
  // Where each row lives now: a put may move a consultation to another week.
  const before = (await table.getMany({ trans, keys: ids })) as (Consultation | undefined)[];
  const response = await table.mutate(request);
  const changes: RowChange[] = [];
  ids.forEach((id, index) => {
    if (response.failures[index]) return;
    const old = before[index];
    const fromWeek = old ? weekStart(old.createdAt) : null;
    if (request.type === 'add' || request.type === 'put') {
      changes.push({ id, fromWeek, row: toAuditRow(request.values[index] as Consultation) });
    } else if (old) {
      changes.push({ id, fromWeek, row: null });
    }
  });
  await applyChanges(weeks, trans, changes);
  return response;
}

/** The consultation ids a write touches, in the order of its values or keys. */
async function idsOf(table: DBCoreTable, request: DBCoreMutateRequest): Promise<string[]> {
  switch (request.type) {
    case 'add':
    case 'put':
      return request.values.map((value) => (value as Consultation).id);
    case 'delete':
      return request.keys as string[];
    case 'deleteRange':
      return (
        await table.query({
          trans: request.trans,
          values: false,
          query: { index: table.schema.primaryKey, range: request.range },
        })
      ).result as string[];
  }
}

/** Reads each week touched once, applies every change to it, and writes it back only if it changed. */
async function applyChanges(
  weeks: DBCoreTable,
  trans: DBCoreTransaction,
  changes: RowChange[],
): Promise<void> {
  const touched = new Set<string>();
  for (const change of changes) {
    if (change.fromWeek !== null) touched.add(change.fromWeek);
    if (change.row) touched.add(weekStart(change.row.createdAt));
  }
  if (touched.size === 0) return;
  const keys = [...touched];
  const stored = (await weeks.getMany({ trans, keys })) as (AuditWeek | undefined)[];
  const byWeek = new Map(
    keys.map((week, i) => [week, new Map((stored[i]?.rows ?? []).map((row) => [row.id, row]))]),
  );
  const dirty = new Set<string>();
  for (const { id, fromWeek, row } of changes) {
    const toWeek = row ? weekStart(row.createdAt) : null;
    if (fromWeek !== null && fromWeek !== toWeek && byWeek.get(fromWeek)!.delete(id)) dirty.add(fromWeek);
    if (row && toWeek !== null) {
      const rows = byWeek.get(toWeek)!;
      const current = rows.get(id);
      if (!current || !sameAuditRow(current, row)) {
        rows.set(id, row);
        dirty.add(toWeek);
      }
    }
  }
  const put: AuditWeek[] = [];
  const emptied: string[] = [];
  for (const week of dirty) {
    const rows = [...byWeek.get(week)!.values()].sort(byId);
    if (rows.length > 0) put.push({ week, rows });
    else emptied.push(week);
  }
  if (put.length > 0) await mustSucceed(weeks.mutate({ type: 'put', trans, values: put }));
  if (emptied.length > 0) await mustSucceed(weeks.mutate({ type: 'delete', trans, keys: emptied }));
}

/** A failed audit write must fail the whole transaction, so the consultation is not saved without its row. */
async function mustSucceed(pending: Promise<DBCoreMutateResponse>): Promise<void> {
  const response = await pending;
  const failure = Object.values(response.failures)[0];
  if (failure) throw failure;
}

/** Groups rows into weeks, for filling the table in one go (the version 2 upgrade). */
export function groupByWeek(rows: readonly AuditRow[]): AuditWeek[] {
  const weeks = new Map<string, AuditRow[]>();
  for (const row of rows) {
    const week = weekStart(row.createdAt);
    const list = weeks.get(week) ?? [];
    list.push(row);
    weeks.set(week, list);
  }
  return [...weeks].map(([week, list]) => ({ week, rows: list.sort(byId) }));
}

/** Rows in id order, so a week's record is the same whatever order its consultations were written in (a restore). */
function byId(a: AuditRow, b: AuditRow): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
