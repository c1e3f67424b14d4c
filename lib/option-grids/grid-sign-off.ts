import type { GridSignOff, OptionGrid } from './grid';

/**
 * Signing a grid off is the only way `lastReviewed` is set (docs/option-grids.md):
 * the reviewer's date becomes `lastReviewed` and their next review date `reviewDue`.
 * The content and version stay as they are, so the signed copy replaces the shipped
 * sample of the same id and version in the library (catalogue.ts).
 */
export function signOffGrid(grid: OptionGrid, signOff: GridSignOff): OptionGrid {
  return {
    ...grid,
    signOff: { ...signOff },
    lastReviewed: signOff.date,
    reviewDue: signOff.nextReviewDate,
  };
}

/** An edited grid is new content: its old sign-off no longer vouches for it. */
export function withoutSignOff(grid: OptionGrid): OptionGrid {
  const { signOff: _signOff, lastReviewed: _lastReviewed, ...rest } = grid;
  return rest;
}

export const EMPTY_SIGN_OFF: GridSignOff = {
  reviewerName: '',
  reviewerRole: '',
  date: '',
  nextReviewDate: '',
};

/**
 * The editor's sign-off boxes applied to a grid: all four filled signs it off, all
 * empty leaves it unsigned (keeping `reviewDue`), anything between is a problem to fix.
 */
export function applySignOffDraft(
  grid: OptionGrid,
  draft: GridSignOff,
): { grid: OptionGrid; problem: string } {
  const values = [draft.reviewerName, draft.reviewerRole, draft.date, draft.nextReviewDate].map((s) =>
    s.trim(),
  );
  if (values.every((s) => s === '')) return { grid: withoutSignOff(grid), problem: '' };
  if (values.some((s) => s === '')) {
    return {
      grid: withoutSignOff(grid),
      problem:
        'Sign-off: fill in the reviewer name, role, date and next review date (or leave all four empty)',
    };
  }
  return { grid: signOffGrid(grid, draft), problem: '' };
}
