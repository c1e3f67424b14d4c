import { toAuditRow } from '../../lib/audit/audit-row';
import { computeAudit } from '../../lib/audit/compute-audit';
import { ANY_GRID, type AuditFilter } from '../../lib/audit/filter';
import { fullConsultations } from '../fixtures/consultation';
import { atScale, GROWTH_FACTORS, growthNote } from '../growth-levels';
import type { Figure } from '../report/figure';
import { median, sampleSync } from '../report/stats';

/** A period covering every fixture (they are spread over the year before 23 November 2026). */
export const WHOLE_YEAR: AuditFilter = { from: '2025-11-01', to: '2026-11-30', grid: ANY_GRID };

/** The audit figures alone (no storage) at 10×, 100× and 1000× data, against one plain pass over the same array. */
export function auditComputeBench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const medians: number[] = [];
  for (const factor of GROWTH_FACTORS) {
    const { consultations: count } = atScale(factor);
    const rows = fullConsultations(count).map(toAuditRow);
    const samples = factor === 1000 ? 15 : 60;
    const times = sampleSync(() => computeAudit(rows, WHOLE_YEAR), samples, 3);
    const pass = sampleSync(() => rows.filter((row) => row.createdAt >= WHOLE_YEAR.from).length, samples, 3);
    medians.push(median(times));
    figures.push({
      id: `growth-audit-compute-${factor}x`,
      name: `Growth: audit figures only, ${factor}× data`,
      value: median(times),
      unit: 'ms',
      baseline: { name: 'one filter pass over the array', value: median(pass) },
      method:
        'Node (V8): lib/audit/compute-audit.ts computeAudit over the audit rows (lib/audit/audit-row.ts) of this many full consultations, already in memory, period covering all of them.',
      notes: [`${count} consultations, ${samples} samples`],
    });
  }
  const last = figures[figures.length - 1];
  if (last) last.notes = [...(last.notes ?? []), growthNote(medians)];
  return Promise.resolve(figures);
}
