/**
 * One row of the benchmark table. A budget is either an absolute ceiling
 * (ms, KB, MB) or a ceiling on the ratio to a baseline measured in the same run
 * (docs/performance.md: these machines are noisy, so ratios compare like with like).
 */
export interface Figure {
  id: string;
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  budget?: { max: number; of: 'value' | 'ratio' };
  /** How it was measured, in one line, for docs/performance.md. */
  method: string;
  /** Extra facts worth printing (sample count, breakdown). */
  notes?: string[];
}

export interface FigureResult extends Figure {
  ratio: number | null;
  pass: boolean | null;
}

export function judge(figure: Figure): FigureResult {
  const ratio = figure.baseline && figure.baseline.value > 0 ? figure.value / figure.baseline.value : null;
  let pass: boolean | null = null;
  if (figure.budget) {
    const measured = figure.budget.of === 'ratio' ? ratio : figure.value;
    pass = measured !== null && Number.isFinite(measured) && measured <= figure.budget.max;
  }
  return { ...figure, ratio, pass };
}

export function describeBudget(figure: Figure): string {
  if (!figure.budget) return 'report only';
  return figure.budget.of === 'ratio'
    ? `≤ ${figure.budget.max}× baseline`
    : `≤ ${figure.budget.max} ${figure.unit}`;
}
