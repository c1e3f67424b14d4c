import type { Consultation } from '../domain/consultation';
import { planToHtmlFragment } from './html';
import { planToPlainText, plansToPlainText } from './plain-text';
import { buildPatientPlan, buildPatientPlans } from '../plan/build-patient-plan';
import { buildClinicianNote } from '../plan/clinician-note';
import type { PlanContext, PlanDocument } from '../plan/plan-types';
import { measureReadability, type Readability } from '../readability/reading-ease';

export type PlanVersion = 'patient' | 'note';

/** Everything the panel shows and sends out, built once per change of the consultation. */
export interface PlanOutputs {
  patient: PlanDocument[];
  note: PlanDocument;
  text: Record<PlanVersion, string>;
  html: Record<PlanVersion, string>;
  reading: Readability;
}

export function planOutputs(consultation: Consultation, context: PlanContext): PlanOutputs {
  const patient = buildPatientPlans(consultation, context);
  const note = buildClinicianNote(consultation, context);
  // The figure is for the English wording whatever languages are printed (issue 5, "Readability").
  const english =
    patient.find((doc) => doc.language === 'en') ?? buildPatientPlan(consultation, context, 'en');
  return {
    patient,
    note,
    text: { patient: plansToPlainText(patient), note: planToPlainText(note) },
    html: {
      patient: patient.map((doc) => planToHtmlFragment(doc)).join(''),
      note: planToHtmlFragment(note),
    },
    reading: measureReadability(planToPlainText(english)),
  };
}

/** "cocreate-plan-2026-11-23": no patient reference in file names that land in Downloads. */
export function fileStem(consultation: Consultation): string {
  return `cocreate-plan-${consultation.createdAt.slice(0, 10)}`;
}
