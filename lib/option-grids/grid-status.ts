import { formatDate } from '../i18n/format-date';
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

interface StatusWords {
  sample: string;
  overdue: (due: string) => string;
  signedOff: string;
  /** Heading on the patient's plan, which names the grid its options came from. */
  gridUsed: (title: string, version: string) => string;
}

const WORDS: Record<GridLanguage, StatusWords> = {
  en: {
    sample: 'Sample — not yet signed off by your practice',
    overdue: (due) => `Review overdue: this grid was due to be checked again on ${due}`,
    signedOff: 'Signed off by',
    gridUsed: (title, version) => `About the option grid used: ${title} (version ${version})`,
  },
  cy: {
    // "Your surgery has not approved this grid yet" (the old wording read "your practice has not been approved").
    sample: 'Sampl — nid yw eich meddygfa wedi cymeradwyo’r grid hwn eto',
    overdue: (due) => `Adolygiad yn hwyr: roedd y grid hwn i fod i gael ei wirio eto ar ${due}`,
    signedOff: 'Cymeradwywyd gan',
    gridUsed: (title, version) => `Am y grid opsiynau a ddefnyddiwyd: ${title} (fersiwn ${version})`,
  },
};

/** The labels in `language`, which defaults to the grid's own (a plan may be in another). */
export function gridStatus(grid: OptionGrid, today: string, language = grid.language): GridStatus {
  const words = WORDS[language];
  const sample = !grid.signOff;
  const overdue = grid.reviewDue < today;
  // "15 January 2028" / "15 Ionawr 2028", as every other date the patient reads.
  const due = formatDate(grid.reviewDue, language);
  return {
    sample,
    overdue,
    labels: [...(sample ? [words.sample] : []), ...(overdue ? [words.overdue(due)] : [])],
  };
}

/** "Signed off by Dr A Jones, GP partner (GMC 1234567): 2026-12-01", or '' for a sample grid. */
export function signOffLine(grid: OptionGrid): string {
  const s = grid.signOff;
  if (!s) return '';
  const register =
    s.registrationBody && s.registrationNumber ? ` (${s.registrationBody} ${s.registrationNumber})` : '';
  return `${WORDS[grid.language].signedOff} ${s.reviewerName}, ${s.reviewerRole}${register}: ${s.date}`;
}

/** The plan's heading for the grid used, in `language`. */
export function gridUsedHeading(grid: OptionGrid, language: GridLanguage): string {
  return WORDS[language].gridUsed(grid.title, grid.version);
}

/** The sample label in English, for tests and clinician-facing lists. */
export const SAMPLE_LABEL = WORDS.en.sample;
