/**
 * Every place a patient reads Welsh that Cocreate wrote, and who has reviewed it. A practice
 * sees this list (Settings → Welsh wording) before it gives Welsh plans: the team drafted all of
 * it, and no first-language Welsh clinical reviewer has signed any of it. When one does, their
 * name and date go on the area they read, and only then.
 */
export interface WelshArea {
  area: string;
  /** Where the strings live, so a reviewer can read them. */
  where: string;
  /** "Name, role, date" of the first-language clinical Welsh reviewer; null: none has signed. */
  reviewedBy: string | null;
}

export const WELSH_AREAS: readonly WelshArea[] = [
  {
    area: 'The patient’s plan: headings, sentences, urgent-help lines, figures and their caveat',
    where:
      'lib/plan/words-cy.ts, lib/plan/urgent-help.ts, lib/plan/figure-words.ts, lib/plan/changes-since.ts, lib/i18n/patient-words.ts, lib/plan/product-options.ts, lib/plan/understanding.ts, lib/i18n/format-date.ts',
    reviewedBy: null,
  },
  { area: 'The plan as a text message', where: 'lib/sms/sms-words.ts', reviewedBy: null },
  { area: 'The calendar file', where: 'lib/export/calendar-file.ts', reviewedBy: null },
  {
    area: 'The clinician’s panel in Welsh',
    where: 'lib/i18n/cy.ts, lib/agreement/timing-suggestions.ts',
    reviewedBy: null,
  },
  {
    area: 'Option grids in Welsh, their labels and help lines',
    where: 'lib/option-grids/bundled/, lib/option-grids/grid-status.ts, lib/option-grids/grid-words.ts',
    reviewedBy: null,
  },
  {
    area: 'Rulers and the confidence question, as the patient reads them',
    where: 'lib/i18n/patient-prompts.ts',
    reviewedBy: null,
  },
  { area: 'Brief intervention lines', where: 'lib/brief-interventions/built-in.ts', reviewedBy: null },
  { area: 'Preparation sheet', where: 'lib/preparation/', reviewedBy: null },
  {
    area: 'collaboRATE screen (off until the authors agree)',
    where: 'lib/collaborate/instrument.ts',
    reviewedBy: null,
  },
];

/** The files and folders an area names, one path each. */
export const wherePaths = (area: WelshArea): string[] =>
  area.where
    .split(',')
    .map((path) => path.trim())
    .filter(Boolean);

/** One line a Welsh area, for the practice: who signed it, or that nobody has. */
export function welshReviewLines(areas: readonly WelshArea[] = WELSH_AREAS): string[] {
  return areas.map(({ area, reviewedBy }) =>
    reviewedBy
      ? `${area}: reviewed by ${reviewedBy}.`
      : `${area}: not yet reviewed by a first-language Welsh clinical reviewer.`,
  );
}
