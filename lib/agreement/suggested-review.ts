import type { FollowUpInterval } from '../domain/follow-up';

/**
 * When each built-in grid's decision is usually looked at again, so the follow-up a GP would
 * pick anyway is already selected, visibly, when the choice is made (docs/quick-path.md,
 * "Follow-up suggested with the grid"); the GP changes it with one click. `null` where there is
 * no routine review to suggest (a sore throat is safety-netted, not reviewed). A Welsh grid
 * shares its English twin's entry. A new grid fails tests/unit/agreement/suggested-review.test.ts
 * until someone decides its entry here.
 */
export const SUGGESTED_REVIEW: Readonly<Record<string, FollowUpInterval | null>> = {
  // Home readings for a week and healthy changes, then the readings are looked at together.
  'raised-blood-pressure': { count: 4, unit: 'weeks' },
  // Most back pain is better within weeks; not better by then is the time to think again.
  'low-back-pain': { count: 4, unit: 'weeks' },
  // Whatever was chosen, mood is asked about again within weeks, not months.
  'mild-moderate-depression': { count: 2, unit: 'weeks' },
  // The week after the quit date is when most people start again.
  'stop-smoking-aids': { count: 2, unit: 'weeks' },
  // HbA1c is read again after three months of a new treatment or of changes.
  'type-2-diabetes-next-step': { count: 3, unit: 'months' },
  // Cholesterol and the decision are looked at again after three months.
  'statins-heart-stroke-risk': { count: 3, unit: 'months' },
  'knee-osteoarthritis': { count: 3, unit: 'months' },
  'sore-throat-antibiotics': null,
};

/** The review suggested with a grid (its Welsh twin shares it); null when none is suggested. */
export function suggestedReview(gridId: string): FollowUpInterval | null {
  return SUGGESTED_REVIEW[gridId.replace(/-cy$/, '')] ?? null;
}
