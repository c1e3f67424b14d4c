import { decisionWords, earlierDecision } from '../../lib/continuity/earlier-decision';
import type { Consultation } from '../../lib/domain/consultation';
import { formatLongDate } from '../../lib/i18n/format-date';
import { EarlierOptions } from './EarlierOptions';

const outOf10 = (value: number | null) => (value === null ? 'not recorded' : `${value} out of 10`);

/** What was agreed last time, to read back together before asking how it went. */
export function EarlierPlanSummary({ plan }: { plan: Consultation }) {
  const { goal, firstAction, confidence, baseline, followUpDate, decideBy } = plan.agreement;
  const decision = earlierDecision(plan);
  const chosen = decision.options.filter((o) => o.chosen).map((o) => o.label);
  const clinical = [baseline.clinicalValue, baseline.clinicalUnit].filter(Boolean).join(' ');
  return (
    <section class="earlier-plan" aria-labelledby="earlier-plan-title">
      <h3 id="earlier-plan-title">The plan from {formatLongDate(plan.createdAt)}</h3>
      {plan.importedFrom ? (
        <p class="field__hint">
          Read from the {plan.importedFrom.source === 'fhir' ? 'FHIR file' : 'earlier note'} in the record.
        </p>
      ) : null}
      <dl>
        <dt>Decision</dt>
        <dd>{decisionWords(decision.kind, chosen, decideBy ?? '')}</dd>
        <dt>Goal</dt>
        <dd>{goal || 'not recorded'}</dd>
        <dt>First step</dt>
        <dd>{firstAction || 'not recorded'}</dd>
        <dt>Confidence then</dt>
        <dd>{outOf10(confidence)}</dd>
        <dt>{baseline.patientMeasureLabel ? `Own score (${baseline.patientMeasureLabel})` : 'Own score'}</dt>
        <dd>{outOf10(baseline.patientMeasure)}</dd>
        {clinical ? (
          <>
            <dt>{baseline.clinicalLabel || 'Clinical value'}</dt>
            <dd>{clinical}</dd>
          </>
        ) : null}
        <dt>Review date</dt>
        <dd>{followUpDate ? formatLongDate(followUpDate) : 'not recorded'}</dd>
      </dl>
      <EarlierOptions options={decision.options} />
    </section>
  );
}
