import { benchGrids } from '../fixtures/grids';
import { fullConsultations } from '../fixtures/consultation';
import type { Figure } from '../report/figure';
import { median } from '../report/stats';
import { atScale, GROWTH_FACTORS, growthNote } from '../growth-levels';
import { benchDraft } from './draft';
import { sampleOpenTimes } from './panel-open';
import type { BenchSession } from './session';

const BATCH = 1000;

/** Replaces every stored consultation and grid with `consultations` and `grids` fixtures plus the open draft. */
export async function seedStore(bench: BenchSession, consultations: number, grids: number): Promise<number> {
  let stored = await bench.inExtension<number>('seed-db', {
    clear: true,
    grids: benchGrids(grids),
    current: benchDraft(),
  });
  for (let from = 0; from < consultations; from += BATCH) {
    const batch = fullConsultations(Math.min(BATCH, consultations - from), from);
    stored = await bench.inExtension<number>('seed-db', { consultations: batch });
  }
  return stored;
}

/** Panel open at 10×, 100× and 1000× stored data; each level against its own blank-page runs. */
export async function panelOpenGrowth(bench: BenchSession, runs = 11): Promise<Figure[]> {
  const figures: Figure[] = [];
  const medians: number[] = [];
  for (const factor of GROWTH_FACTORS) {
    const scale = atScale(factor);
    const stored = await seedStore(bench, scale.consultations, scale.grids);
    const times = await sampleOpenTimes(bench, runs, 2);
    medians.push(median(times.panel));
    figures.push({
      id: `growth-panel-open-${factor}x`,
      name: `Growth: panel open, ${factor}× data`,
      value: median(times.panel),
      unit: 'ms',
      baseline: { name: 'blank page', value: median(times.blank) },
      method: 'As panel open, with the store holding this many consultations and grids (median of the runs).',
      notes: [`${stored} consultations and ${scale.grids} grids stored, ${runs} runs each`],
    });
  }
  const last = figures[figures.length - 1];
  if (last) last.notes = [...(last.notes ?? []), growthNote(medians)];
  return figures;
}
