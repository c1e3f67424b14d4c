import type { AuditFigures } from '../../lib/audit/compute-audit';
import { ELEMENT_IDS } from '../../lib/domain/elements';
import { BarChart } from './BarChart';
import { ELEMENT_NAMES } from '../../lib/i18n/element-names';

/** Which elements and which option grids the clinician used. */
export function AuditUsage({ figures }: { figures: AuditFigures }) {
  const total = figures.consultations;
  const percent = (n: number) => (total === 0 ? '0' : `${n} (${Math.round((n / total) * 100)}%)`);
  return (
    <section aria-labelledby="usage-title">
      <h2 id="usage-title">What you used</h2>
      <p class="field__hint">An element counts as used when anything in it was recorded.</p>
      <BarChart
        title="Elements used"
        bars={ELEMENT_IDS.map((id) => ({ label: ELEMENT_NAMES[id], value: figures.elementsUsed[id] }))}
        max={Math.max(1, total)}
        format={percent}
        valueHeading="Consultations (share)"
      />
      <BarChart
        title="Option grids used"
        bars={[
          ...figures.grids.map((grid) => ({ label: grid.title || grid.id, value: grid.count })),
          { label: 'No option grid', value: figures.withoutGrid },
        ]}
        max={Math.max(1, total)}
        format={percent}
        valueHeading="Consultations (share)"
      />
    </section>
  );
}
