import type { GridLanguage, OptionGrid } from './grid';
import { gridStatus } from './grid-status';

/**
 * The label a grid carries on every output that uses it — text message, downloaded HTML,
 * plain text, inserted patient version, print — in the output's language: "Sample — not yet
 * signed off by your practice", and/or that its review is overdue; '' for a grid signed off
 * and in date. One function, so no output can word it differently or leave it out.
 * `today` is an ISO date (YYYY-MM-DD).
 */
export function gridLabel(grid: OptionGrid, today: string, language: GridLanguage = grid.language): string {
  return gridStatus(grid, today, language).labels.join('. ');
}
