import type { GridSignOff, OptionGrid } from './grid';
import { signOffRefusal, type SignOffPolicy } from './sign-off-policy';

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
  registrationBody: '',
  registrationNumber: '',
  date: '',
  nextReviewDate: '',
};

/**
 * The editor's sign-off boxes applied to a grid: all filled, by someone the practice's policy
 * names, signs it off; all empty leaves it unsigned (keeping `reviewDue`); anything else is a
 * problem to fix, and the grid stays unsigned (so it keeps its "sample" label everywhere).
 */
export function applySignOffDraft(
  grid: OptionGrid,
  draft: GridSignOff,
  policy: SignOffPolicy,
): { grid: OptionGrid; problem: string } {
  const values = [
    draft.reviewerName,
    draft.reviewerRole,
    draft.registrationBody ?? '',
    draft.registrationNumber ?? '',
    draft.date,
    draft.nextReviewDate,
  ].map((s) => s.trim());
  if (values.every((s) => s === '')) return { grid: withoutSignOff(grid), problem: '' };
  if (values.some((s) => s === '')) {
    return {
      grid: withoutSignOff(grid),
      problem:
        'Sign-off: fill in the reviewer’s name, role, professional register and number, the date and the next review date (or leave them all empty)',
    };
  }
  const refusal = signOffRefusal(draft, policy);
  if (refusal) return { grid: withoutSignOff(grid), problem: refusal };
  return { grid: signOffGrid(grid, draft), problem: '' };
}
