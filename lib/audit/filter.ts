import type { Consultation } from '../domain/consultation';

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
export function inPeriod(consultation: Consultation, filter: AuditFilter): boolean {
  const day = consultation.createdAt.slice(0, 10);
  return day >= filter.from && day <= filter.to;
}

/**
 * The grid a consultation is about: its own, or for a review that used none,
 * the grid of the plan it reviews — a review belongs to the same condition.
 */
export function gridOf(
  consultation: Consultation,
  byId: ReadonlyMap<string, Consultation>,
): { id: string; title: string } | null {
  if (consultation.options.grid) return consultation.options.grid;
  const previousId = consultation.review.previousConsultationId;
  return (previousId && byId.get(previousId)?.options.grid) || null;
}

export function matchesGrid(grid: { id: string } | null, filter: AuditFilter): boolean {
  if (filter.grid === ANY_GRID) return true;
  if (filter.grid === NO_GRID) return grid === null;
  return grid?.id === filter.grid;
}
