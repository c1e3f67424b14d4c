import type { Chosen } from '../domain/choice-values';
import type { GoalAttainment, PlanLanguage } from '../domain/consultation';
import type { Language } from './types';

/**
 * Words for choice values as the patient reads them in their plan, keyed by value
 * (lib/domain/choice-values.ts), in English and Welsh. The clinician note's and the audit's words
 * for the same values are in record-words.ts, the panel's in the catalogue's `choices`. Kept out of
 * the catalogue itself: the plan is built at once in either language, and the side panel loads the
 * Welsh catalogue only when asked (lib/i18n/catalogue.ts).
 */
export interface PatientWords {
  /**
   * One sentence to the patient ("you") per goal attainment; `{goal}` stands for the earlier goal
   * in quotes after a space, or nothing (lib/plan/changes-since.ts fills it).
   */
  attainment: Record<Chosen<GoalAttainment>, string>;
}

/** The Welsh wording is ours and wants a check by a Welsh-speaking clinician (welsh-review.ts). */
export const PATIENT_WORDS: Record<Language, PatientWords> = {
  en: {
    attainment: {
      achieved: 'You reached your goal{goal}.',
      partly: 'You partly reached your goal{goal}.',
      'not-yet': 'You have not reached your goal{goal} yet.',
      changed: 'Your goal has changed since last time.',
    },
  },
  cy: {
    attainment: {
      achieved: 'Rydych wedi cyrraedd eich nod{goal}.',
      partly: 'Rydych wedi cyrraedd eich nod{goal} yn rhannol.',
      'not-yet': 'Nid ydych wedi cyrraedd eich nod{goal} eto.',
      changed: 'Mae eich nod wedi newid ers y tro diwethaf.',
    },
  },
};

/**
 * The patient view's language picker (PLAN_LANGUAGES). The patient reads it too, so each is worded
 * in both languages at once (docs/plan-truth.md, "Two languages").
 */
export const PLAN_LANGUAGE_PICKER: Record<PlanLanguage, string> = {
  en: 'English',
  cy: 'Cymraeg',
  both: 'Both side by side · Y ddwy ochr yn ochr',
};
