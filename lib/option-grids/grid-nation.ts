import type { GridNation, GridQuestion, OptionGrid } from './grid';
import { NATIONS, type Nation } from '../domain/nation';

/**
 * Service rows by nation: a row can hold a variant of an answer for each of the four
 * nations (talking therapies, stop-smoking support, urgent routes); the practice's nation
 * setting picks one. A nation without its own variant, or a practice with no nation set,
 * sees the general answer, which names no nation's own service.
 */
export const GRID_NATIONS: readonly GridNation[] = NATIONS;

export function gridNation(nation: Nation | undefined): GridNation | null {
  return nation && GRID_NATIONS.includes(nation) ? nation : null;
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
