import type { CocreateDb } from '../storage/db';
import { recordRetentionRun } from '../storage/retention-runs';
import { applyPurge, retentionRunOf, type PurgeNotice, type PurgeResult } from './apply-purge';
import { dueNow } from './due-now';
import type { PurgeCandidate } from './select';

export interface RetentionDeps {
  db: CocreateDb;
  now: () => Date;
  newId: () => string;
  /** Tells open side panels, and the draft's safety copy, about each consultation purged. */
  announce: (notice: PurgeNotice) => void;
  /** Rewrites the database into a fresh one (lib/storage/rebuild-database.ts). */
  rebuild: () => Promise<void>;
}

export interface RetentionOutcome extends PurgeResult {
  /** False when the purge worked but the storage files could not be rewritten this time. */
  rebuilt: boolean;
}

/**
 * One retention run: purges `candidates` (or everything due), announces each
 * purge, records the counts (never content) for the audit page, then rewrites
 * the database so the removed text leaves the storage files.
 */
export async function runRetention(
  deps: RetentionDeps,
  retentionDays: number,
  options: { automatic: boolean; candidates?: readonly PurgeCandidate[] },
): Promise<RetentionOutcome> {
  const now = deps.now();
  const candidates = options.candidates ?? (await dueNow(deps.db, retentionDays, now));
  const result = await applyPurge(deps.db, candidates, retentionDays, now);
  for (const notice of result.notices) deps.announce(notice);
  if (result.notices.length === 0 && result.failures.length === 0) return { ...result, rebuilt: false };
  await recordRetentionRun(deps.db, retentionRunOf(result, deps.newId(), now, options.automatic));
  if (result.notices.length === 0) return { ...result, rebuilt: false };
  try {
    await deps.rebuild();
    return { ...result, rebuilt: true };
  } catch {
    return { ...result, rebuilt: false };
  }
}
