import type { GridNation, GridQuestion, OptionGrid } from './grid';
import type { Nation } from '../domain/nation';

/**
 * Service rows by nation: a row can hold England and Wales variants of an answer
 * (talking therapies, stop-smoking support); the practice's nation setting picks
 * one. Scotland and Northern Ireland see the general answer.
 */
export function gridNation(nation: Nation | undefined): GridNation | null {
  return nation === 'england' || nation === 'wales' ? nation : null;
}

export function answerFor(question: GridQuestion, optionId: string, nation: Nation | undefined): string {
  const variant = gridNation(nation);
  return (variant ? question.byNation?.[variant]?.[optionId] : undefined) ?? question.answers[optionId] ?? '';
}

/** The grid with every answer resolved for `nation` (for renderers and the reading-ease check). */
export function gridForNation(grid: OptionGrid, nation: Nation | undefined): OptionGrid {
  return {
    ...grid,
    questions: grid.questions.map((question) => ({
      ...question,
      answers: Object.fromEntries(
        Object.keys(question.answers).map((id) => [id, answerFor(question, id, nation)]),
      ),
    })),
  };
}
