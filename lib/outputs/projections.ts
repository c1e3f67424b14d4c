import { fileStem as exportFileStem } from '../export/plan-outputs';
import { planToHtmlFragment } from '../export/html';
import { planToPlainText, plansToPlainText } from '../export/plain-text';
import { patientPlansFrom } from '../plan/build-patient-plan';
import { clinicianNoteFrom } from '../plan/clinician-note';
import type { AgreedPlan } from '../plan/agreed-plan';
import type { OutputContent } from './plan-output';

/** The patient version (one document per language) as text and HTML, as it is inserted or copied. */
export function patientVersion(plan: AgreedPlan): OutputContent {
  const docs = patientPlansFrom(plan);
  return {
    audience: 'patient',
    text: plansToPlainText(docs),
    html: docs.map((doc) => planToHtmlFragment(doc)).join(''),
    languages: plan.languages,
  };
}

/** The clinician note as text and HTML, for the record. */
export function clinicianVersion(plan: AgreedPlan): OutputContent {
  const note = clinicianNoteFrom(plan);
  return {
    audience: 'record',
    text: planToPlainText(note),
    html: planToHtmlFragment(note),
    languages: ['en'],
  };
}

/** "cocreate-plan-AE-1961-agreed-2026-11-23": every file names its patient reference and the plan's status. */
export const fileStem = (plan: AgreedPlan): string => exportFileStem(plan.source, plan.status);

/** A copy that reaches the patient is recorded only once the plan is agreed or not decided: never a draft insert. */
export const unlessDraft = <T>(plan: AgreedPlan, how: T): T | null => (plan.status === 'draft' ? null : how);
