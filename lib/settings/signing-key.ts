import { usableSigningKey } from '../continuity/practice-signature';
import type { ManagedArea } from './managed';

/**
 * The practice's signing key, set only by policy (docs/deploying.md, "Practice signing key"). Not one
 * of the Settings: the settings page never shows it, this PC never stores it, and neither a backup
 * nor a team export (which carry Settings) can contain it.
 */
export const PRACTICE_SIGNING_KEY = 'practiceSigningKey';

/** The key the policy holds, or '' when none is set, it is too short, or the browser has no managed storage. */
export async function readManagedSigningKey(area: ManagedArea | undefined): Promise<string> {
  if (!area) return '';
  try {
    return usableSigningKey((await area.get())[PRACTICE_SIGNING_KEY]);
  } catch {
    return '';
  }
}
