import type { Consultation } from '../../lib/domain/consultation';
import { planToHtmlFragment } from '../../lib/export/html';
import { planToPlainText, plansToPlainText } from '../../lib/export/plain-text';
import { buildPatientPlans } from '../../lib/plan/build-patient-plan';
import { buildClinicianNote } from '../../lib/plan/clinician-note';
import { jargonList, type JargonFound } from '../../lib/plan/jargon';
import { untranslatedLines, type UntranslatedLine } from '../../lib/plan/not-translated';
import { jargonInPlan } from '../../lib/plan/plain-words';
import type { PlanContext, PlanDocument } from '../../lib/plan/plan-types';
import { assessPlanReadability, type PlanReadability } from '../../lib/readability/plan-readability';

export type PlanVersion = 'patient' | 'note';

/** Everything the panel shows and sends out, built once per change of the consultation. */
export interface PlanOutputs {
  patient: PlanDocument[];
  note: PlanDocument;
  text: Record<PlanVersion, string>;
  html: Record<PlanVersion, string>;
  reading: PlanReadability;
  jargon: JargonFound[];
  untranslated: UntranslatedLine[];
}

export function planOutputs(consultation: Consultation, context: PlanContext): PlanOutputs {
  const patient = buildPatientPlans(consultation, context);
  const note = buildClinicianNote(consultation, context);
  return {
    patient,
    note,
    text: { patient: plansToPlainText(patient), note: planToPlainText(note) },
    html: {
      patient: patient.map((doc) => planToHtmlFragment(doc)).join(''),
      note: planToHtmlFragment(note),
    },
    reading: assessPlanReadability(patient),
    jargon: jargonInPlan(patient, jargonList(context.settings.jargonExtra)),
    untranslated: untranslatedLines(patient),
  };
}

/** "cocreate-plan-2026-11-23": no patient reference in file names that land in Downloads. */
export function fileStem(consultation: Consultation): string {
  return `cocreate-plan-${consultation.createdAt.slice(0, 10)}`;
}
