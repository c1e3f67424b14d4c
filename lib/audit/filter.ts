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

/** Whether a consultation was created within the filter's days. */
export function inPeriod(row: Pick<AuditRow, 'createdAt'>, filter: AuditFilter): boolean {
  const day = row.createdAt.slice(0, 10);
  return day >= filter.from && day <= filter.to;
}

/**
 * The grid a consultation is about: its own, or for a review that used none,
 * the grid of the plan it reviews — a review belongs to the same condition.
 */
export function gridOf(
  row: AuditRow,
  byId: ReadonlyMap<string, AuditRow>,
): { id: string; title: string } | null {
  const own = row.gridId === null ? null : row;
  const source = own ?? (row.previousId === null ? undefined : byId.get(row.previousId));
  return source?.gridId ? { id: source.gridId, title: source.gridTitle ?? source.gridId } : null;
}

export function matchesGrid(grid: { id: string } | null, filter: AuditFilter): boolean {
  if (filter.grid === ANY_GRID) return true;
  if (filter.grid === NO_GRID) return grid === null;
  return grid?.id === filter.grid;
}
