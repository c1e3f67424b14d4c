import { formatLongDate } from '../../lib/i18n/format-date';
import type { RetentionRun } from '../../lib/domain/retention-run';

/** The last retention runs, as counts only (docs/privacy.md, "Retention"). */
export function RetentionRuns({ runs }: { runs: readonly RetentionRun[] }) {
  if (runs.length === 0) return null;
  return (
    <>
      <h3 id="retention-runs-title">Removals so far</h3>
      <ul class="retention-list" aria-labelledby="retention-runs-title">
        {runs.map((run) => (
          <li key={run.id}>
            {formatLongDate(run.at)}, {run.automatic ? 'automatic (set by your practice)' : 'confirmed here'}:
            text removed from {run.consultationsPurged}{' '}
            {run.consultationsPurged === 1 ? 'consultation' : 'consultations'}, {run.plansDeleted}{' '}
            {run.plansDeleted === 1 ? 'copy' : 'copies'} of plans given deleted
            {run.failures > 0 ? `, ${run.failures} could not be removed` : ''}.
          </li>
        ))}
      </ul>
    </>
  );
}
