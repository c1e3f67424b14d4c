import type { ConsultationAction } from '../domain/consultation-actions';
import type { OptionGrid } from './grid';
import { readGridTogether, stopUsingGrid, toggleQuestion } from './grid-in-consultation';

/**
 * The grid's changes to the open consultation, as named actions the side panel's model applies
 * (lib/app/side-panel-app.ts); the section rules are in grid-in-consultation.ts.
 */

/** Opens `grid` to read together; the options of the grid used before (`previous`) give way. */
export const readGrid: ConsultationAction<[grid: OptionGrid, previous: OptionGrid | undefined]> = (
  c,
  grid,
  previous,
) => ({ ...c, options: readGridTogether(c.options, grid, previous) });

/** Stops using the grid: its options, ticked questions and leaning go; hand-added options stay. */
export const stopGrid: ConsultationAction<[grid: OptionGrid | undefined]> = (c, grid) => ({
  ...c,
  options: stopUsingGrid(c.options, grid),
});

/** Ticks (or unticks) a question of the grid that mattered to the patient. */
export const markQuestionThatMattered: ConsultationAction<[questionId: string, on: boolean]> = (
  c,
  questionId,
  on,
) => ({ ...c, options: toggleQuestion(c.options, questionId, on) });
