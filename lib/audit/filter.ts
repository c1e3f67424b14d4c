import type { AuditRow } from './audit-row';

/** "Any grid" shows everything; NO_GRID shows consultations that used no option grid. */
export const ANY_GRID = '';
export const NO_GRID = '(none)';

/** A period of whole days (inclusive, by creation date) and a grid/condition. */
export interface AuditFilter {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, inclusive. */
  to: string;
  /** A grid id, ANY_GRID or NO_GRID. */
  grid: string;
}

/**
 * Whether a consultation was created within the filter's days, as a test with
 * its bounds worked out once (the audit runs it for every row). Compares the
 * ISO date-time as it is, without slicing: any time on the last day sorts
 * before `to` followed by U+FFFF.
 */
export function periodTest(filter: AuditFilter): (createdAt: string) => boolean {
  const { from } = filter;
  const before = `${filter.to}\uffff`;
  return (createdAt) => createdAt >= from && createdAt < before;
}

/**
 * The row that says which grid a consultation is about: its own, or for a
 * review that used none, the row of the plan it reviews — a review belongs to
 * the same condition. Null when neither used a grid.
 */
export function gridRowOf(row: AuditRow, byId: ReadonlyMap<string, AuditRow>): AuditRow | null {
  if (row.gridId !== null) return row;
  const previous = row.previousId === null ? undefined : byId.get(row.previousId);
  return previous?.gridId ? previous : null;
}

export function matchesGrid(gridRow: Pick<AuditRow, 'gridId'> | null, filter: AuditFilter): boolean {
  if (filter.grid === ANY_GRID) return true;
  if (filter.grid === NO_GRID) return gridRow === null;
  return gridRow?.gridId === filter.grid;
}
