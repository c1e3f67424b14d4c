import type { OptionGrid } from './grid';

/**
 * Checks across fields that a field-by-field schema cannot see. Every row must
 * answer every option (a blank cell would read as "no difference"), and every
 * cited source must exist, so a figure is never left without its source
 * (issue 4: "every figure in a grid cites a public source").
 */
export function gridConsistencyProblems(grid: OptionGrid): string[] {
  const problems: string[] = [];
  const optionIds = grid.options.map((option) => option.id);
  const sourceIds = new Set(grid.sources.map((source) => source.id));

  problems.push(...duplicates(optionIds, 'Option'));
  problems.push(
    ...duplicates(
      grid.questions.map((q) => q.id),
      'Question',
    ),
  );
  problems.push(
    ...duplicates(
      grid.sources.map((s) => s.id),
      'Source',
    ),
  );

  grid.questions.forEach((question, index) => {
    const where = `Question ${index + 1} ("${question.id}")`;
    for (const optionId of optionIds) {
      if (!Object.hasOwn(question.answers, optionId)) {
        problems.push(`${where} › "answers": has no answer for option "${optionId}"`);
      }
    }
    for (const key of Object.keys(question.answers)) {
      if (!optionIds.includes(key)) {
        problems.push(`${where} › "answers": answers an option "${key}" that the grid does not have`);
      }
    }
    for (const sourceId of question.sourceIds) {
      if (!sourceIds.has(sourceId)) {
        problems.push(`${where} › "sourceIds": cites a source "${sourceId}" that is not in "sources"`);
      }
    }
  });

  if (grid.reviewDue <= grid.lastReviewed) {
    problems.push(`"reviewDue": must be after "lastReviewed" (${grid.lastReviewed})`);
  }
  if (grid.translationOf === grid.id) {
    problems.push(`"translationOf": a grid cannot be a translation of itself`);
  }
  return problems;
}

function duplicates(ids: string[], what: string): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const id of ids) {
    if (seen.has(id) && !reported.has(id)) reported.add(id);
    seen.add(id);
  }
  return [...reported].map((id) => `${what} id "${id}" is used more than once; each must be different`);
}
