import type { ManagedArea } from './managed';

// No hashing here: the side panel reads the key at open, and the HMAC code loads with the plan.

/**
 * The practice's signing key, set only by policy (docs/deploying.md, "Practice signing key"). Not one
 * of the Settings: the settings page never shows it, this PC never stores it, and neither a backup
 * nor a team export (which carry Settings) can contain it.
 */
export const PRACTICE_SIGNING_KEY = 'practiceSigningKey';
/** Shorter keys are refused: a key a person could guess signs nothing worth trusting. */
export const MIN_SIGNING_KEY_CHARS = 32;

/** The key as set by policy, or '' when none is set or it is too short to be used. */
export function usableSigningKey(value: unknown): string {
  return typeof value === 'string' && value.trim().length >= MIN_SIGNING_KEY_CHARS ? value.trim() : '';
}

/** The key the policy holds, or '' when none is set, it is too short, or the browser has no managed storage. */
export async function readManagedSigningKey(area: ManagedArea | undefined): Promise<string> {
  if (!area) return '';
  try {
    return usableSigningKey((await area.get())[PRACTICE_SIGNING_KEY]);
  } catch {
    return '';
  }
}
