import type { OptionGrid } from './grid';

/**
 * Checks across fields that a field-by-field schema cannot see. Every row must
 * answer every option (a blank cell would read as "no difference"), and every
 * cited source must exist, so a figure is never left without its source
 * (docs/option-grids.md: every figure in a grid cites a public source).
 */
export interface ConsistencyOptions {
  /**
   * Skip the do-nothing rule: used only for grids already saved on this PC before the rule
   * existed, so a practice's own grid is not silently dropped from the library.
   */
  legacy?: boolean;
}

export function gridConsistencyProblems(
  grid: OptionGrid,
  { legacy = false }: ConsistencyOptions = {},
): string[] {
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
    for (const key of Object.keys(question.figures ?? {})) {
      if (!optionIds.includes(key)) {
        problems.push(
          `${where} › "figures": has a figure for an option "${key}" that the grid does not have`,
        );
      }
    }
    for (const [nation, byOption] of Object.entries(question.byNation ?? {})) {
      for (const key of Object.keys(byOption)) {
        if (!optionIds.includes(key)) {
          problems.push(
            `${where} › "byNation" › "${nation}": answers an option "${key}" that the grid does not have`,
          );
        }
      }
    }
    for (const sourceId of question.sourceIds) {
      if (!sourceIds.has(sourceId)) {
        problems.push(`${where} › "sourceIds": cites a source "${sourceId}" that is not in "sources"`);
      }
    }
  });

  (grid.safetyNet ?? []).forEach((entry, index) => {
    if (typeof entry === 'string') return;
    for (const key of entry.forOptions ?? []) {
      if (!optionIds.includes(key)) {
        problems.push(
          `"safetyNet" › item ${index + 1} › "forOptions": names an option "${key}" that the grid does not have`,
        );
      }
    }
  });

  problems.push(...signOffProblems(grid));
  // NICE NG197 §1.5: a decision aid shows doing nothing (or carrying on as now) as a real choice.
  if (!legacy && !grid.options.some((option) => option.isDoNothing) && !grid.noDoNothingReason?.trim()) {
    problems.push(
      `"options": needs a do-nothing or carry-on-as-now option, or a "noDoNothingReason" saying why not`,
    );
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

/** `lastReviewed` comes only from a sign-off, and the dates run forwards. */
function signOffProblems(grid: OptionGrid): string[] {
  const { signOff, lastReviewed, reviewDue } = grid;
  if (!signOff) {
    return lastReviewed
      ? [`"lastReviewed": is set only by a sign-off; add "signOff" (reviewer, role, dates) or remove it`]
      : [];
  }
  const problems: string[] = [];
  if (lastReviewed !== signOff.date) {
    problems.push(`"lastReviewed": must be the sign-off date (${signOff.date})`);
  }
  if (reviewDue !== signOff.nextReviewDate) {
    problems.push(`"reviewDue": must be the sign-off's next review date (${signOff.nextReviewDate})`);
  }
  if (signOff.nextReviewDate <= signOff.date) {
    problems.push(`"signOff" › "nextReviewDate": must be after the sign-off date (${signOff.date})`);
  }
  return problems;
}
