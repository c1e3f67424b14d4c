import type { AuditRow } from './audit-row';

/** Grids seen in the rows, for the grid/condition filter. */
export function gridChoices(rows: readonly AuditRow[]): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const row of rows) if (row.gridId !== null) seen.set(row.gridId, row.gridTitle ?? row.gridId);
  return [...seen].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}
