import type { OptionGrid } from './grid';

export type PrintDensity = 'roomy' | 'compact' | 'dense';

/**
 * How tightly to set a grid so its printout fits one A4 page (issue 4). Grid
 * sizes vary from 2×3 cells to 5×20, so the print stylesheet picks a type
 * size by how much text there is. Thresholds measured with the bundled grids
 * in Chromium's PDF output (tests/e2e/grids-sidebar.test.ts).
 */
export function printDensity(grid: OptionGrid): PrintDensity {
  const cells = grid.questions.reduce(
    (sum, question) => sum + question.question.length + Object.values(question.answers).join('').length,
    0,
  );
  const total = cells + grid.options.reduce((sum, o) => sum + o.label.length, 0) + grid.decision.length;
  if (total < 1800) return 'roomy';
  if (total < 3500) return 'compact';
  return 'dense';
}
