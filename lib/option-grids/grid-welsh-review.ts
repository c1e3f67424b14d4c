import type { OptionGrid } from './grid';

/**
 * Welsh wording no first-language clinical Welsh speaker has signed. A Welsh grid names who
 * must sign it (`translationSignOffNeeded`); until it carries a sign-off, every string in it
 * is unreviewed, and the grid library and the editor say so to the practice.
 */
export const WELSH_NOT_REVIEWED =
  'Welsh wording not yet checked by a first-language clinical Welsh speaker: sign off before use with patients';

export function welshNotReviewed(grid: Pick<OptionGrid, 'language' | 'signOff'>): boolean {
  return grid.language === 'cy' && !grid.signOff;
}
