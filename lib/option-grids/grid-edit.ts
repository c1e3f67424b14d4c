import type { GridOption, GridQuestion, GridSource, OptionGrid } from './grid';
import { nextPartId } from './grid-draft';
import { GRID_LIMITS } from './limits';

/**
 * Pure edits for the grid editor. Adding or removing an option keeps every
 * row's answers in step with the options, so a draft never gains a blank or
 * orphaned cell by accident (grid-consistency.ts would refuse it).
 */

export function setField<K extends keyof OptionGrid>(
  grid: OptionGrid,
  key: K,
  value: OptionGrid[K],
): OptionGrid {
  return { ...grid, [key]: value };
}

export function addOption(grid: OptionGrid): OptionGrid {
  if (grid.options.length >= GRID_LIMITS.optionsMax) return grid;
  const id = nextPartId('option', grid.options);
  const option: GridOption = { id, label: '', isDoNothing: false, mainBenefit: '', mainDownside: '' };
  return {
    ...grid,
    options: [...grid.options, option],
    questions: grid.questions.map((q) => ({ ...q, answers: { ...q.answers, [id]: '' } })),
  };
}

export function removeOption(grid: OptionGrid, id: string): OptionGrid {
  if (grid.options.length <= GRID_LIMITS.optionsMin) return grid;
  return {
    ...grid,
    options: grid.options.filter((o) => o.id !== id),
    questions: grid.questions.map((q) => ({
      ...q,
      answers: Object.fromEntries(Object.entries(q.answers).filter(([key]) => key !== id)),
    })),
  };
}

export function setOption(grid: OptionGrid, id: string, patch: Partial<Omit<GridOption, 'id'>>): OptionGrid {
  return { ...grid, options: grid.options.map((o) => (o.id === id ? { ...o, ...patch } : o)) };
}

export function addQuestion(grid: OptionGrid): OptionGrid {
  if (grid.questions.length >= GRID_LIMITS.questionsMax) return grid;
  const question: GridQuestion = {
    id: nextPartId('question', grid.questions),
    question: '',
    answers: Object.fromEntries(grid.options.map((o) => [o.id, ''])),
    sourceIds: [],
  };
  return { ...grid, questions: [...grid.questions, question] };
}

export function removeQuestion(grid: OptionGrid, id: string): OptionGrid {
  if (grid.questions.length <= GRID_LIMITS.questionsMin) return grid;
  return { ...grid, questions: grid.questions.filter((q) => q.id !== id) };
}

export function setQuestion(grid: OptionGrid, id: string, question: string): OptionGrid {
  return { ...grid, questions: grid.questions.map((q) => (q.id === id ? { ...q, question } : q)) };
}

export function setAnswer(
  grid: OptionGrid,
  questionId: string,
  optionId: string,
  answer: string,
): OptionGrid {
  return {
    ...grid,
    questions: grid.questions.map((q) =>
      q.id === questionId ? { ...q, answers: { ...q.answers, [optionId]: answer } } : q,
    ),
  };
}

export function citeSource(grid: OptionGrid, questionId: string, sourceId: string, on: boolean): OptionGrid {
  return {
    ...grid,
    questions: grid.questions.map((q) => {
      if (q.id !== questionId) return q;
      const without = q.sourceIds.filter((s) => s !== sourceId);
      return { ...q, sourceIds: on ? [...without, sourceId] : without };
    }),
  };
}

export function addSource(grid: OptionGrid): OptionGrid {
  if (grid.sources.length >= GRID_LIMITS.sourcesMax) return grid;
  const source: GridSource = { id: nextPartId('source', grid.sources), citation: '', url: 'https://' };
  return { ...grid, sources: [...grid.sources, source] };
}

export function removeSource(grid: OptionGrid, id: string): OptionGrid {
  if (grid.sources.length <= GRID_LIMITS.sourcesMin) return grid;
  return {
    ...grid,
    sources: grid.sources.filter((s) => s.id !== id),
    questions: grid.questions.map((q) => ({ ...q, sourceIds: q.sourceIds.filter((s) => s !== id) })),
  };
}

export function setSource(grid: OptionGrid, id: string, patch: Partial<Omit<GridSource, 'id'>>): OptionGrid {
  return { ...grid, sources: grid.sources.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/** "knee, joint pain" → ["knee", "joint pain"]. */
export function keywordsFromText(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
}
