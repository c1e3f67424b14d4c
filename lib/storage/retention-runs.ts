import type { RetentionRun } from '../domain/retention-run';
import type { CocreateDb } from './db';

/** The `retentionRuns` table: counts of each retention run, shown on the audit page (docs/privacy.md). */
export async function recordRetentionRun(db: CocreateDb, run: RetentionRun): Promise<void> {
  await db.retentionRuns.put(run);
}

/** The latest runs, newest first. */
export function recentRetentionRuns(db: CocreateDb, limit: number): Promise<RetentionRun[]> {
  return db.retentionRuns.orderBy('at').reverse().limit(limit).toArray();
}
