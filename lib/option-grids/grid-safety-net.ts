import type { Nation } from '../domain/nation';
import type { OptionGrid } from './grid';

/** What decides which of a grid's "when to get help" lines reach a patient's plan. */
export interface SafetyNetChoice {
  /** The practice's nation: a line with a nation variant gives that variant. */
  nation: Nation | undefined;
  /** The grid options the patient chose: option-specific lines belong only to these. */
  chosenOptionIds: readonly string[];
}

/**
 * The grid's own "when to get help" lines for one patient (docs/urgent-help.md): the
 * general lines, in the nation's variant, and only those option-specific lines that belong
 * to an option the patient chose. The grid passed is already the one in the plan's language.
 */
export function gridSafetyNetLines(grid: Pick<OptionGrid, 'safetyNet'>, choice: SafetyNetChoice): string[] {
  void choice;
  return (grid.safetyNet ?? []).map((line) => line.trim()).filter(Boolean);
}
