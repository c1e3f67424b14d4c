import type { Consultation } from '../domain/consultation';
import { planToHtmlFragment } from './html';
import { planToPlainText, plansToPlainText } from './plain-text';
import type { AgreedPlan } from '../plan/agreed-plan';
import { buildAgreedPlan } from '../plan/build-agreed-plan';
import { patientPlansFrom } from '../plan/build-patient-plan';
import { clinicianNoteFrom } from '../plan/clinician-note';
import { jargonList, type JargonFound } from '../plan/jargon';
import { untranslatedLines, type UntranslatedLine } from '../plan/not-translated';
import { jargonInPlan } from '../plan/plain-words';
import type { PlanContext, PlanDocument } from '../plan/plan-types';
import { assessPlanReadability, type PlanReadability } from '../readability/plan-readability';

export type PlanVersion = 'patient' | 'note';

/** Everything the panel previews, built once per settled change from the agreed-plan document. */
export interface PlanOutputs {
  plan: AgreedPlan;
  patient: PlanDocument[];
  note: PlanDocument;
  text: Record<PlanVersion, string>;
  html: Record<PlanVersion, string>;
  /** The English prose only, each hard line with its own figure (docs/plan-truth.md). */
  reading: PlanReadability;
  /** Jargon left where the clinician can still change it (never the patient's quoted words). */
  jargon: JargonFound[];
  /** English lines in the Welsh version. */
  untranslated: UntranslatedLine[];
}

export function planOutputs(consultation: Consultation, context: PlanContext): PlanOutputs {
  return planPreview(buildAgreedPlan(consultation, context));
}

/** The previews of one agreed-plan document (what leaves Cocreate is built by lib/outputs). */
export function planPreview(plan: AgreedPlan): PlanOutputs {
  const context = plan.context;
  const patient = patientPlansFrom(plan);
  const note = clinicianNoteFrom(plan);
  return {
    plan,
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

/**
 * "cocreate-plan-AE-1961-agreed-2026-11-23": the patient reference as typed (letters and digits
 * only) and the status, so the wrong patient's file or a draft is not picked by its date alone.
 */
export function fileStem(
  consultation: Pick<Consultation, 'patientRef' | 'status' | 'createdAt'>,
  status: string = consultation.status === 'open' ? 'draft' : 'agreed',
): string {
  const ref = consultation.patientRef
    .slice(0, 200)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return ['cocreate-plan', ref || 'no-ref', status, consultation.createdAt.slice(0, 10)].join('-');
}
