import { formatIsoDay } from '../i18n/format-date';
import type { OptionGrid } from '../option-grids/grid';
import { gridLabel } from '../option-grids/grid-label';
import { gridInLanguage } from '../option-grids/grid-language';
import { gridUsedHeading } from '../option-grids/grid-status';
import type { DocumentLanguage } from './plan-types';

/** The grid's "sample / review overdue" label on a plan in one language, with the heading naming the grid. */
export interface GridNotice {
  heading: string;
  label: string;
}

/**
 * The label of the grid the options came from, as of the day the plan was written, in the plan's
 * language: the Welsh plan takes its options from the Welsh grid, so that grid's status counts
 * there. Null with no grid, or a grid signed off and in date.
 */
export function gridNoticeFor(
  grid: OptionGrid | null | undefined,
  translations: readonly OptionGrid[] | undefined,
  language: DocumentLanguage,
  date: Date | string,
): GridNotice | null {
  const shown = gridInLanguage(grid, translations, language) ?? grid;
  if (!shown) return null;
  const label = gridLabel(shown, formatIsoDay(date), language);
  return label ? { heading: gridUsedHeading(shown, language), label } : null;
}
