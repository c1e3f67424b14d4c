import { diffLeaves, type LeafChange } from '../domain/leaf-patch';
import type { CocreateDb } from '../storage/db';
import { purgeRecord } from '../storage/purge-records';
import { dueNow } from './due-now';
import { purgeFreeText } from './purge-text';
import type { RetentionRun } from '../domain/retention-run';
import type { PurgeCandidate } from './select';

/** What is due now, for the clinician to see before confirming. */
export function previewPurge(db: CocreateDb, retentionDays: number, now: Date): Promise<PurgeCandidate[]> {
  return dueNow(db, retentionDays, now);
}

/**
 * What changed in one purged consultation, shaped as the sidebar's sync
 * message, so a side panel that has it open takes the purge instead of later
 * saving its old text back (and the caller can drop the draft's safety copy).
 */
export interface PurgeNotice {
  consultationId: string;
  updatedAt: string;
  changes: LeafChange[];
}

/** A consultation that could not be purged, in words for the page. */
export interface PurgeFailure {
  consultationId: string;
  createdAt: string;
  reason: string;
}

export interface PurgeResult {
  notices: PurgeNotice[];
  failures: PurgeFailure[];
  plansDeleted: number;
}

/**
 * Purges the confirmed candidates, ONE TRANSACTION EACH, so one record that
 * cannot be written never stops the others: blanks its free text and deletes
 * the copies of its plan given out (which quote that text). Re-checks what is
 * due first, and each record inside its transaction, so a consultation edited
 * since the preview is left alone.
 */
export async function applyPurge(
  db: CocreateDb,
  confirmed: readonly PurgeCandidate[],
  retentionDays: number,
  now: Date,
): Promise<PurgeResult> {
  const stillDue = new Map((await dueNow(db, retentionDays, now)).map((c) => [c.id, c]));
  const nowIso = now.toISOString();
  const result: PurgeResult = { notices: [], failures: [], plansDeleted: 0 };
  for (const candidate of confirmed) {
    const due = stillDue.get(candidate.id);
    if (!due) continue;
    try {
      const done = await purgeRecord(db, candidate.id, (before) =>
        before.purgedAt || before.updatedAt > due.lastActivity ? null : purgeFreeText(before, nowIso),
      );
      if (done) {
        const { before, after } = done;
        result.notices.push({
          consultationId: after.id,
          updatedAt: after.updatedAt,
          changes: diffLeaves(before, after),
        });
        result.plansDeleted += done.plansDeleted;
      }
    } catch (error) {
      result.failures.push({
        consultationId: candidate.id,
        createdAt: candidate.createdAt,
        reason: plainReason(error),
      });
    }
  }
  return result;
}

/** The counts of one run, for the audit page: no id, reference or text. */
export function retentionRunOf(result: PurgeResult, id: string, now: Date, automatic: boolean): RetentionRun {
  return {
    id,
    at: now.toISOString(),
    automatic,
    consultationsPurged: result.notices.length,
    plansDeleted: result.plansDeleted,
    failures: result.failures.length,
  };
}

function plainReason(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'the computer has run out of storage space for Cocreate';
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError')
    return 'the browser closed Cocreate’s storage while it was working';
  return 'the browser refused to store the change';
}
