import type { OptionGrid } from './grid';
import { safetyNetEntries } from './grid-safety-net';

export type PrintDensity = 'roomy' | 'compact' | 'dense' | 'tight' | 'tightest';

/**
 * How tightly to set a grid so its printout fits one A4 page (docs/option-grids.md, "Print and screen"). Grid
 * sizes vary from 2×3 cells to 5×20, so the print stylesheet picks a type
 * size by how much text there is. Thresholds measured with the bundled grids
 * in Chromium's PDF output (tests/e2e/grids-sidebar.test.ts), including the
 * scope banner, the safety net and the figures that print with the grid.
 */
export function printDensity(grid: OptionGrid): PrintDensity {
  const cells = grid.questions.reduce(
    (sum, question) => sum + question.question.length + Object.values(question.answers).join('').length,
    0,
  );
  // The patient's scope lines, the safety net and each figure (its sentences and icon array)
  // print too; the clinician-only scope lines do not.
  const help = safetyNetEntries(grid).map((line) => line.text);
  const notes = [...(grid.scope?.notForYouIf ?? []), ...help].join('').length;
  // An icon array is about as tall as five lines of an answer; a figure in words about two.
  const figures = grid.questions
    .flatMap((q) => Object.values(q.figures ?? {}))
    .reduce((sum, figure) => sum + (figure.iconArray ? 300 : 110), 0);
  const total =
    cells + notes + figures + grid.options.reduce((sum, o) => sum + o.label.length, 0) + grid.decision.length;
  if (total < 1800) return 'roomy';
  if (total < 2600) return 'compact';
  if (total < 3300) return 'dense';
  // The longest Welsh grids (five options, or every help line worded out) need one more step.
  if (total < 4700) return 'tight';
  return 'tightest';
}
