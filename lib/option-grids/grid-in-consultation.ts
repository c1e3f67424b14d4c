import type { DiscussingOptions, OptionDiscussed } from '../domain/consultation';
import type { OptionGrid } from './grid';

/**
 * How a grid read together feeds "discussing options" (framework.md §4): its
 * options become the options discussed (main benefit and downside as pros and
 * cons, so the plan can say "the choices we talked about" and that doing
 * nothing was a real choice), the rows that mattered and the leaning are kept.
 */

export function gridOptionsDiscussed(grid: OptionGrid): OptionDiscussed[] {
  return grid.options.map((option) => ({
    id: option.id,
    label: option.label,
    pros: option.mainBenefit,
    cons: option.mainDownside,
    isDoNothing: option.isDoNothing,
  }));
}

/**
 * Opens `grid` for this consultation. Options the clinician added by hand stay;
 * options from the previously used grid (`previous`) are replaced.
 */
export function readGridTogether(
  section: DiscussingOptions,
  grid: OptionGrid,
  previous?: OptionGrid,
): DiscussingOptions {
  const fromGrid = gridOptionsDiscussed(grid);
  const replaced = new Set([...fromGrid.map((o) => o.id), ...(previous?.options.map((o) => o.id) ?? [])]);
  const sameGrid = section.grid?.id === grid.id;
  return {
    ...section,
    grid: { id: grid.id, version: grid.version, title: grid.title },
    options: [...fromGrid, ...section.options.filter((option) => !replaced.has(option.id))],
    questionsThatMattered: sameGrid ? section.questionsThatMattered : [],
    leaning: sameGrid ? section.leaning : [],
  };
}

/** Stops using the grid: its options, ticked rows and leaning go; hand-added options stay. */
export function stopUsingGrid(section: DiscussingOptions, grid: OptionGrid | undefined): DiscussingOptions {
  const gridIds = new Set(grid?.options.map((o) => o.id) ?? []);
  return {
    ...section,
    grid: null,
    options: section.options.filter((option) => !gridIds.has(option.id)),
    questionsThatMattered: [],
    leaning: section.leaning.filter((id) => !gridIds.has(id)),
  };
}

export function toggleQuestion(
  section: DiscussingOptions,
  questionId: string,
  on: boolean,
): DiscussingOptions {
  return { ...section, questionsThatMattered: toggled(section.questionsThatMattered, questionId, on) };
}

export function toggleLeaning(section: DiscussingOptions, optionId: string, on: boolean): DiscussingOptions {
  return { ...section, leaning: toggled(section.leaning, optionId, on) };
}

function toggled(list: readonly string[], id: string, on: boolean): string[] {
  const without = list.filter((item) => item !== id);
  return on ? [...without, id] : without;
}

/**
 * The questions that mattered in words, for the note and the plan: row ids
 * become the grid's questions; free text (or a row the grid no longer has)
 * stays as it was recorded.
 */
export function questionsInWords(grid: OptionGrid | null | undefined, ids: readonly string[]): string[] {
  const byId = new Map(grid?.questions.map((q) => [q.id, q.question]) ?? []);
  return ids.map((id) => byId.get(id) ?? id);
}
