import type { Goal, GoalTarget, Observation, Reference } from '@medplum/fhirtypes';
import type { Consultation } from '../domain/consultation';
import { clean } from '../domain/read-values';
import { score } from '../plan/lines';
import { OBSERVATION_TEXT } from './fhir-format';
import { compact, isoDate, patientRef, writtenAt } from './fhir-parts';

/**
 * The SMARTER goal as a base R4 Goal (UK Core has no Goal profile; docs/standards.md).
 * The goal is always written in the patient's words (framework.md §5, "meaningful to the
 * person"), so Goal.expressedBy is the patient. Each baseline measure is a Goal.target with its
 * measure named and the review date as the due date (the baseline values are Observations whose
 * focus is the Goal). The Goal addresses what matters to the person (PCO IG: goals address the
 * What Matters observation).
 */
export function goalResource(
  c: Consultation,
  id: string,
  date: Date | string,
  whatMattersUrls: readonly string[],
): Goal | null {
  const a = c.agreement;
  const text = clean(a.goal);
  if (!text) return null;
  const b = a.baseline;
  const due = isoDate(a.followUpDate);
  const measures = [
    score(b.patientMeasure) === null ? '' : clean(b.patientMeasureLabel) || OBSERVATION_TEXT.patientMeasure,
    clean(b.clinicalValue) ? clean(b.clinicalLabel) || OBSERVATION_TEXT.clinicalMeasure : '',
  ].filter(Boolean);
  const target: GoalTarget[] = measures.length
    ? measures.map((measure) => compact<GoalTarget>({ measure: { text: measure }, dueDate: due }))
    : due
      ? [{ dueDate: due }]
      : [];
  const addresses: Reference<Observation>[] = whatMattersUrls.map((reference) => ({ reference }));
  return compact<Goal>({
    resourceType: 'Goal',
    id,
    lifecycleStatus: c.status === 'closed' ? 'completed' : c.status === 'agreed' ? 'active' : 'proposed',
    description: { text },
    subject: patientRef(c),
    startDate: isoDate(writtenAt(date)),
    target,
    expressedBy: patientRef(c),
    addresses,
  });
}
