import { ANY_GRID, type AuditFilter } from '../../lib/audit/filter';

/** The last 90 days up to today, all grids. */
export function defaultFilter(now: Date): AuditFilter {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(now.getTime() - 89 * 86_400_000).toISOString().slice(0, 10);
  return { from, to, grid: ANY_GRID };
}
