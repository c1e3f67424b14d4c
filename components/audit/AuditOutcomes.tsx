import type { AuditFigures } from '../../lib/audit/compute-audit';
import { AuditCollaborate } from './AuditCollaborate';
import { BarChart } from './BarChart';
import { ATTAINMENT_NAMES, NEXT_STEP_NAMES, oneDecimal, plural } from './labels';

const keysOf = <T extends object>(record: T) => Object.keys(record) as (keyof T)[];

/** Goals, confidence, the patient's own measure, next steps and collaboRATE. */
export function AuditOutcomes({ figures }: { figures: AuditFigures }) {
  const {
    confidenceAtAgreement: agreed,
    confidenceAtReview: reviewed,
    patientMeasureChange: change,
  } = figures;
  return (
    <section aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">Outcomes</h2>
      <BarChart
        title="Goals at review"
        bars={keysOf(figures.attainment).map((key) => ({
          label: ATTAINMENT_NAMES[key],
          value: figures.attainment[key],
        }))}
        valueHeading="Plans reviewed"
      />
      <BarChart
        title="Mean confidence (0–10)"
        bars={[
          { label: 'At agreement', value: agreed.mean ?? 0 },
          { label: 'At review', value: reviewed.mean ?? 0 },
        ]}
        max={10}
        format={oneDecimal}
        valueHeading="Mean"
      />
      <table class="audit-table">
        <caption>Confidence and the patient’s own measure</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Mean</th>
            <th scope="col">Based on</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Confidence at agreement</th>
            <td>{oneDecimal(agreed.mean)}</td>
            <td>{plural(agreed.n, 'plan', 'plans')}</td>
          </tr>
          <tr>
            <th scope="row">Confidence at review</th>
            <td>{oneDecimal(reviewed.mean)}</td>
            <td>{plural(reviewed.n, 'review', 'reviews')}</td>
          </tr>
          <tr>
            <th scope="row">Change in patient’s own measure (0–10)</th>
            <td>{oneDecimal(change.mean, true)}</td>
            <td>{plural(change.n, 'review', 'reviews')}</td>
          </tr>
        </tbody>
      </table>
      <BarChart
        title="Next step after review"
        bars={keysOf(figures.nextStep).map((key) => ({
          label: NEXT_STEP_NAMES[key],
          value: figures.nextStep[key],
        }))}
        valueHeading="Plans reviewed"
      />
      <AuditCollaborate figure={figures.collaborate} />
    </section>
  );
}
