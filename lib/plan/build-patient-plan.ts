import type { Consultation } from '../domain/consultation';
import { consultationInLanguage } from '../option-grids/grid-language';
import type { AgreedPlan } from './agreed-plan';
import { buildAgreedPlan } from './build-agreed-plan';
import { finishDocument } from './finish-document';
import { jargonList } from './jargon';
import { optionLabelIn } from './product-options';
import { PATIENT_SECTIONS, type PatientSectionBuilder } from './patient-sections';
import { applyPlainWords } from './plain-words';
import type { DocumentLanguage, PlanContext, PlanDocument, PlanSection } from './plan-types';
import { planLanguages } from './plan-languages';
import { WORDS_EN, type PlanWords } from './words';
import { WORDS_CY } from './words-cy';

export const PLAN_WORDS: Record<DocumentLanguage, PlanWords> = { en: WORDS_EN, cy: WORDS_CY };

export { planLanguages } from './plan-languages';

/** Nothing is agreed until "Plan agreed" is ticked: until then the plan says DRAFT. */
export const isDraft = (consultation: Consultation): boolean => consultation.status === 'open';

/** The title states the plan's status (draft, agreed, not decided) in the patient's language. */
export function patientTitle(plan: AgreedPlan, words: PlanWords): string {
  if (plan.status === 'draft') return words.draftTitle;
  return plan.status === 'not-decided' ? words.notDecidedTitle : words.title;
}

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
  return patientPlanFrom(buildAgreedPlan(consultation, context), language, builders);
}

/** The patient version in one language, as a projection of the agreed-plan document. */
export function patientPlanFrom(
  plan: AgreedPlan,
  language: DocumentLanguage,
  builders: readonly PatientSectionBuilder[] = PATIENT_SECTIONS,
): PlanDocument {
  const { context, source: consultation } = plan;
  const words = PLAN_WORDS[language];
  // Options from the grid used are written in the plan's language (docs/option-grids.md).
  const fromGrid = consultationInLanguage(consultation, context.grid, context.gridTranslations, language);
  // The product's own option words ("Do nothing for now…") in the plan's language too.
  const inLanguage = {
    ...fromGrid,
    options: {
      ...fromGrid.options,
      options: fromGrid.options.options.map((o) => ({ ...o, label: optionLabelIn(o.label, language) })),
    },
  };
  const sections = builders
    .map((build) => build({ plan, consultation: inLanguage, context, words, language }))
    .filter((s): s is PlanSection => s !== null);
  const doc: PlanDocument = { kind: 'patient', language, title: patientTitle(plan, words), sections };
  return finishDocument(
    applyPlainWords(doc, consultation.plainWords, jargonList(context.settings.jargonExtra)),
  );
}

/** One document per chosen language (two for 'both', shown side by side). */
export function buildPatientPlans(consultation: Consultation, context: PlanContext): PlanDocument[] {
  return patientPlansFrom(buildAgreedPlan(consultation, context));
}

/** One document per language of the agreed plan. */
export function patientPlansFrom(plan: AgreedPlan): PlanDocument[] {
  return plan.languages.map((language) => patientPlanFrom(plan, language));
}
