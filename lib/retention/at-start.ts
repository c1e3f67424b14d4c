import type { Settings } from '../settings/settings';
import { dueNow } from './due-now';
import { runRetention, type RetentionDeps } from './run-retention';

/**
 * Retention when the sidebar opens: with the practice's `autoPurge` policy, what
 * is due is purged there and then (counts recorded for the audit page); either
 * way, returns how many consultations are still due, for the sidebar's notice.
 */
export async function retentionAtStart(deps: RetentionDeps, settings: Settings): Promise<number> {
  if (settings.autoPurge) await runRetention(deps, settings.retentionDays, { automatic: true });
  return (await dueNow(deps.db, settings.retentionDays, deps.now())).length;
}
