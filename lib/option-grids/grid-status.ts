import type { GridLanguage, OptionGrid } from './grid';

/**
 * Whether a grid may be read as checked content: a grid nobody at the practice has
 * signed off is a sample, and a signed-off grid past its review date is overdue.
 * Shown in the panel, the grid view and print, not only in the library list.
 */
export interface GridStatus {
  sample: boolean;
  overdue: boolean;
  /** Lines to show, in the grid's language, most important first. */
  labels: string[];
}

const WORDS: Record<GridLanguage, { sample: string; overdue: (due: string) => string; signedOff: string }> = {
  en: {
    sample: 'Sample — not yet signed off by your practice',
    overdue: (due) => `Review overdue: this grid was due to be checked again on ${due}`,
    signedOff: 'Signed off by',
  },
  cy: {
    sample: 'Sampl — nid yw eich practis wedi’i gymeradwyo eto',
    overdue: (due) => `Adolygiad yn hwyr: roedd y grid hwn i fod i gael ei wirio eto ar ${due}`,
    signedOff: 'Cymeradwywyd gan',
  },
};

export function gridStatus(grid: OptionGrid, today: string): GridStatus {
  const words = WORDS[grid.language];
  const sample = !grid.signOff;
  const overdue = grid.reviewDue < today;
  return {
    sample,
    overdue,
    labels: [...(sample ? [words.sample] : []), ...(overdue ? [words.overdue(grid.reviewDue)] : [])],
  };
}

/** "Signed off by Dr A Jones, GP partner, on 2026-12-01", or '' for a sample grid. */
export function signOffLine(grid: OptionGrid): string {
  const s = grid.signOff;
  if (!s) return '';
  return `${WORDS[grid.language].signedOff} ${s.reviewerName}, ${s.reviewerRole}: ${s.date}`;
}

/** The sample label in English, for tests and clinician-facing lists. */
export const SAMPLE_LABEL = WORDS.en.sample;
