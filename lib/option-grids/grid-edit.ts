import type {
  GridFigure,
  GridNation,
  GridOption,
  GridQuestion,
  GridSafetyNetLine,
  GridSource,
  OptionGrid,
} from './grid';
import { nextPartId } from './grid-draft';
import { GRID_NATIONS } from './grid-nation';
import { asLine, toEntry } from './grid-safety-net';
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
  const removed: OptionGrid = {
    ...grid,
    options: grid.options.filter((o) => o.id !== id),
    // Its figures and nation answers go too: the parser refuses a cell for an option the grid lacks.
    questions: grid.questions.map((q) =>
      withNationAnswers(
        withFigures({ ...q, answers: without(q.answers, id) }, without(q.figures ?? {}, id)),
        nationRecords((n) => without(q.byNation?.[n] ?? {}, id)),
      ),
    ),
  };
  // A safety-net line that belonged only to this option goes with it; one shared keeps the others.
  if (!grid.safetyNet) return removed;
  const lines = grid.safetyNet.map(asLine).flatMap((line) => {
    if (!line.forOptions?.includes(id)) return [line];
    const forOptions = line.forOptions.filter((o) => o !== id);
    return forOptions.length > 0 ? [{ ...line, forOptions }] : [];
  });
  return { ...removed, safetyNet: lines.map(toEntry) };
}

function nationRecords(
  of: (nation: GridNation) => Record<string, string>,
): Record<GridNation, Record<string, string>> {
  return Object.fromEntries(GRID_NATIONS.map((n) => [n, of(n)])) as Record<
    GridNation,
    Record<string, string>
  >;
}

/** `object` without `key`, typed (a rest pattern would leave an unused binding). */
export function omitKey<T extends object, K extends keyof T>(object: T, key: K): Omit<T, K> {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** `figures` set, or left out when empty, so an untouched grid keeps its exact shape. */
function withFigures(question: GridQuestion, figures: Record<string, GridFigure>): GridQuestion {
  const rest = omitKey(question, 'figures');
  return Object.keys(figures).length > 0 ? { ...rest, figures } : rest;
}

/** `byNation` set with only the nations that hold an answer, or left out when none does. */
function withNationAnswers(
  question: GridQuestion,
  byNation: Record<GridNation, Record<string, string>>,
): GridQuestion {
  const rest = omitKey(question, 'byNation');
  const kept = Object.fromEntries(
    Object.entries(byNation).filter(([, answers]) => Object.keys(answers).length > 0),
  );
  return Object.keys(kept).length > 0 ? { ...rest, byNation: kept } : rest;
}

/** The figure for one option in one row; `undefined` takes it out. */
export function setFigure(
  grid: OptionGrid,
  questionId: string,
  optionId: string,
  figure: GridFigure | undefined,
): OptionGrid {
  return {
    ...grid,
    questions: grid.questions.map((q) => {
      if (q.id !== questionId) return q;
      const rest = without(q.figures ?? {}, optionId);
      return withFigures(q, figure ? { ...rest, [optionId]: figure } : rest);
    }),
  };
}

/**
 * A nation's own answer for one option in one row (a service named differently in
 * each nation); an empty answer takes it out, so the general answer shows there.
 */
export function setNationAnswer(
  grid: OptionGrid,
  questionId: string,
  nation: GridNation,
  optionId: string,
  answer: string,
): OptionGrid {
  return {
    ...grid,
    questions: grid.questions.map((q) => {
      if (q.id !== questionId) return q;
      const byNation = nationRecords((n) => ({ ...(q.byNation?.[n] ?? {}) }));
      const answers = without(byNation[nation], optionId);
      byNation[nation] = answer.trim() === '' ? answers : { ...answers, [optionId]: answer };
      return withNationAnswers(q, byNation);
    }),
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

/** The date a source was last checked; empty takes it out (it is optional). */
export function setSourceChecked(grid: OptionGrid, id: string, checked: string): OptionGrid {
  return {
    ...grid,
    sources: grid.sources.map((source) => {
      if (source.id !== id) return source;
      const rest = omitKey(source, 'checked');
      return checked ? { ...rest, checked } : rest;
    }),
  };
}

/** An optional top-level text field: empty (or blank) takes it out, so the file stays as it was. */
export function setOptionalText(
  grid: OptionGrid,
  key: 'translationOf' | 'translationSignOffNeeded' | 'noDoNothingReason' | 'figuresNote',
  value: string,
): OptionGrid {
  const rest = omitKey(grid, key);
  return value.trim() ? { ...rest, [key]: value } : rest;
}

/** "knee, joint pain" → ["knee", "joint pain"]. */
export function keywordsFromText(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
}

/** A new general "when to get help" line (empty until typed). */
export function addSafetyNetLine(grid: OptionGrid): OptionGrid {
  const lines = grid.safetyNet ?? [];
  if (lines.length >= GRID_LIMITS.linesMax) return grid;
  return { ...grid, safetyNet: [...lines, ''] };
}

export function removeSafetyNetLine(grid: OptionGrid, index: number): OptionGrid {
  const kept = (grid.safetyNet ?? []).filter((_, i) => i !== index);
  return kept.length > 0 ? { ...grid, safetyNet: kept } : omitKey(grid, 'safetyNet');
}

/**
 * One line replaced, stored in its compact form (plain text when it has no nation
 * wording and belongs to every option), so an old-style grid keeps its shape.
 */
export function setSafetyNetLine(grid: OptionGrid, index: number, line: GridSafetyNetLine): OptionGrid {
  return {
    ...grid,
    safetyNet: (grid.safetyNet ?? []).map((entry, i) => (i === index ? toEntry(line) : entry)),
  };
}
