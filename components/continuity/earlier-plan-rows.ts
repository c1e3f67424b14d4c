import type { CheckedEarlierPlan } from '../../lib/continuity/verify-earlier-plan';
import { formatLongDate } from '../../lib/i18n/format-date';
import { earlierDetailRows } from './earlier-detail-rows';

const outOf10 = (value: number | null) => (value === null ? 'not recorded' : `${value} out of 10`);
const or = (value: string) => value || 'not recorded';

/**
 * The confirm screen's rows: who, whether agreed, when and from where first, then every value exactly
 * as it will be stored (the checked summary is both what is shown and what is kept).
 */
export function earlierPlanRows({
  summary: s,
  source,
  currentRef,
  sameRef,
}: CheckedEarlierPlan): [string, string][] {
  const clinical = [s.clinicalValue, s.clinicalUnit].filter(Boolean).join(' ');
  return [
    ['Patient ref in the plan', or(s.patientRef)],
    ...(sameRef ? [] : ([['Patient ref of this consultation', or(currentRef)]] as [string, string][])),
    ['Status', s.status === 'draft' ? 'Draft (not agreed)' : 'Agreed'],
    [
      s.status === 'draft' ? 'Written on' : 'Agreed on',
      s.agreedOn ? formatLongDate(s.agreedOn) : 'not recorded',
    ],
    ['Source', source],
    ['Goal', or(s.goal)],
    ['First step', or(s.firstAction)],
    ...(s.details
      ? earlierDetailRows(s.details)
      : ([['Chosen', s.noTreatment ? 'No treatment (informed choice)' : or(s.chosenOption)]] as [
          string,
          string,
        ][])),
    ['Option grid', s.grid ? `${s.grid.id}, version ${s.grid.version}` : 'none'],
    [s.patientMeasureLabel ? `Own score (${s.patientMeasureLabel})` : 'Own score', outOf10(s.patientMeasure)],
    [s.clinicalLabel || 'Clinical value', or(clinical)],
    ['Confidence then', outOf10(s.confidence)],
    ['Follow-up', s.followUpDate ? formatLongDate(s.followUpDate) : 'not recorded'],
  ];
}
