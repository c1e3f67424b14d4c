/**
 * Small-number suppression: a figure drawn from fewer than 5 consultations is not shown, so a
 * rare condition or a quiet month cannot point at a patient (the usual NHS small-numbers rule).
 */
export const SUPPRESS_BELOW = 5;
export const SUPPRESSED = 'fewer than 5';

export function isSuppressed(consultations: number): boolean {
  return consultations < SUPPRESS_BELOW;
}
