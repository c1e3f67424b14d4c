import type { OptionGrid } from '../option-grids/grid';
import { readGridTogether } from '../option-grids/grid-in-consultation';
import { chooseOption } from './choice';
import type { ConsultationAction } from './consultation-actions';

/**
 * Moves that carry the quick path on to the step it needs next (docs/quick-path.md, "What
 * makes it short"): each does what the clinician asked and goes where they would go anyway,
 * so no keystroke is spent on moving. Each is pure, applied with `model.apply`.
 */

/** Opens a grid suggested on the agenda and goes to discussing options, where it is read together. */
export const openGridFromAgenda: ConsultationAction<[grid: OptionGrid, previous?: OptionGrid]> = (
  c,
  grid,
  previous,
) => ({
  ...c,
  options: readGridTogether(c.options, grid, previous),
  currentElement: 'options',
});

/**
 * Chooses (or unchooses) a grid's option. The first choice made goes on to agreeing the way
 * forward, and selects the follow-up the grid suggests (`followUp`, yyyy-mm-dd, '' for none)
 * when none is set; a second option, or taking one back, stays where it is.
 */
export const chooseInGrid: ConsultationAction<[optionId: string, on: boolean, followUp: string]> = (
  c,
  optionId,
  on,
  followUp,
) => {
  const chosen = chooseOption(c, optionId, on);
  if (!on || c.agreement.chosenOptionIds.length > 0) return chosen;
  return {
    ...chosen,
    currentElement: 'agreement',
    agreement: {
      ...chosen.agreement,
      followUpDate: chosen.agreement.followUpDate || followUp,
    },
  };
};

/** True when choosing `optionId` now would move on to agreeing the way forward. */
export function choiceMovesOn(c: { agreement: { chosenOptionIds: readonly string[] } }): boolean {
  return c.agreement.chosenOptionIds.length === 0;
}
