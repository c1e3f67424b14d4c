import type { Consultation } from '../domain/consultation';
import { consultationInLanguage } from '../option-grids/grid-language';
import { finishDocument } from './finish-document';
import { jargonList } from './jargon';
import { PATIENT_SECTIONS, type PatientSectionBuilder } from './patient-sections';
import { applyPlainWords } from './plain-words';
import type { DocumentLanguage, PlanContext, PlanDocument, PlanSection } from './plan-types';
import { WORDS_EN, type PlanWords } from './words';
import { WORDS_CY } from './words-cy';

export const PLAN_WORDS: Record<DocumentLanguage, PlanWords> = { en: WORDS_EN, cy: WORDS_CY };

/** The languages a plan is written in: 'both' gives English then Welsh. */
export function planLanguages(language: PlanContext['language']): DocumentLanguage[] {
  if (language === 'cy') return ['cy'];
  if (language === 'both') return ['en', 'cy'];
  return ['en'];
}

/** Nothing is agreed until "Plan agreed" is ticked: until then the plan says DRAFT. */
export const isDraft = (consultation: Consultation): boolean => consultation.status === 'open';

/**
 * The patient version in one language. Pure and total: a blank consultation gives only
 * when to get help, how to get in touch and the sign-off.
 */
export function buildPatientPlan(
  consultation: Consultation,
  context: PlanContext,
  language: DocumentLanguage = planLanguages(context.language)[0] ?? 'en',
  builders: readonly PatientSectionBuilder[] = PATIENT_SECTIONS,
): PlanDocument {
  const words = PLAN_WORDS[language];
  // Options from the grid used are written in the plan's language (docs/option-grids.md).
  const inLanguage = consultationInLanguage(consultation, context.grid, context.gridTranslations, language);
  const sections = builders
    .map((build) => build({ consultation: inLanguage, context, words, language }))
    .filter((s): s is PlanSection => s !== null);
  const doc: PlanDocument = {
    kind: 'patient',
    language,
    title: isDraft(consultation) ? words.draftTitle : words.title,
    sections,
  };
  return finishDocument(
    applyPlainWords(doc, consultation.plainWords, jargonList(context.settings.jargonExtra)),
  );
}

/** One document per chosen language (two for 'both', shown side by side). */
export function buildPatientPlans(consultation: Consultation, context: PlanContext): PlanDocument[] {
  return planLanguages(context.language).map((language) => buildPatientPlan(consultation, context, language));
}
