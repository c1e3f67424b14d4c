import type { AuditFigures } from '../../lib/audit/compute-audit';
import type { CountOf } from '../../lib/audit/understanding';
import { oneDecimal } from './labels';

const share = ({ n, of }: CountOf) => (of === 0 ? '–' : `${n} of ${of} (${Math.round((n / of) * 100)}%)`);

/**
 * Whether plans reached the patient and were understood, the time they took, and the grid options
 * chosen: the same figures each clinician's team export gives the practice report, counted by one
 * rule (lib/audit/understanding.ts), so the two pages never disagree.
 */
export function AuditUnderstanding({ figures }: { figures: AuditFigures }) {
  const { plansGiven, teachBack, sure, minutes } = figures.understanding;
  const mean = (sum: number) => (minutes.n === 0 ? null : sum / minutes.n);
  const withChoices = figures.grids.filter((grid) => grid.chosen.length > 0);
  return (
    <section aria-labelledby="understanding-title">
      <h2 id="understanding-title">Plans given and understood</h2>
      <table class="audit-table">
        <caption>Of the plans agreed, and of the patients asked or timed</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Count</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              Plan given to the patient (printed, downloaded, inserted or sent), of plans agreed
            </th>
            <td>{share(plansGiven)}</td>
          </tr>
          <tr>
            <th scope="row">Teach-back done, of plans agreed</th>
            <td>{share(teachBack)}</td>
          </tr>
          <tr>
            <th scope="row">Sure of the decision (yes to all four SURE questions), of patients asked</th>
            <td>{share(sure)}</td>
          </tr>
          <tr>
            <th scope="row">Minutes used, mean, of minutes booked (clock start to the plan given)</th>
            <td>
              {minutes.n === 0
                ? '–'
                : `${oneDecimal(mean(minutes.used))} of ${oneDecimal(mean(minutes.booked))} (from ${minutes.n})`}
            </td>
          </tr>
          <tr>
            <th scope="row">Over the booked time, of consultations timed</th>
            <td>{share({ n: minutes.over, of: minutes.n })}</td>
          </tr>
        </tbody>
      </table>
      {withChoices.length > 0 ? (
        <table class="audit-table">
          <caption>Options chosen with each option grid (the grid’s own options, by their id)</caption>
          <thead>
            <tr>
              <th scope="col">Option grid</th>
              <th scope="col">Options chosen</th>
            </tr>
          </thead>
          <tbody>
            {withChoices.map((grid) => (
              <tr key={grid.id}>
                <th scope="row">{grid.title || grid.id}</th>
                <td>{grid.chosen.map((option) => `${option.id}: ${option.count}`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
