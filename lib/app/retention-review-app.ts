import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { RetentionRun } from '../domain/retention-run';
import { previewPurge } from '../retention/apply-purge';
import { runRetention, type RetentionDeps, type RetentionOutcome } from '../retention/run-retention';
import type { PurgeCandidate } from '../retention/select';
import type { Settings } from '../settings/settings';
import { recentRetentionRuns } from '../storage/retention-runs';

export interface RetentionReviewDeps extends RetentionDeps {
  /** This PC's settings with the practice's central values over them (retention period, autoPurge). */
  readSettings: () => Promise<Settings>;
  /** After a purge, before its outcome is returned: the audit figures reload. */
  onPurged: () => Promise<void>;
}

/**
 * The audit page's retention section (docs/privacy.md, "For how long"): what is due, the last runs,
 * and the clinician's confirmed removal.
 */
export interface RetentionReviewApp {
  /** Null until read. */
  settings: ReadonlySignal<Settings | null>;
  due: ReadonlySignal<readonly PurgeCandidate[]>;
  /** The last ten runs, newest first. */
  runs: ReadonlySignal<readonly RetentionRun[]>;
  refresh: () => Promise<void>;
  /**
   * Removes the typed text of the consultations shown as due (those changed since are left alone),
   * then re-reads the list, so the outcome is never shown beside a list that still has what went.
   * Null when the settings are not read yet.
   */
  removeDueText: () => Promise<RetentionOutcome | null>;
}

/** Shown at most: enough to see that removals happen, not a log. */
const RUNS_SHOWN = 10;

export function createRetentionReviewApp(deps: RetentionReviewDeps): RetentionReviewApp {
  const settings = signal<Settings | null>(null);
  const due = signal<readonly PurgeCandidate[]>([]);
  const runs = signal<readonly RetentionRun[]>([]);

  const refresh = async () => {
    const read = await deps.readSettings();
    settings.value = read;
    due.value = await previewPurge(deps.db, read.retentionDays, deps.now());
    runs.value = await recentRetentionRuns(deps.db, RUNS_SHOWN);
  };

  return {
    settings,
    due,
    runs,
    refresh,
    async removeDueText() {
      const read = settings.value;
      if (!read) return null;
      const outcome = await runRetention(deps, read.retentionDays, {
        automatic: false,
        candidates: due.value,
      });
      await refresh();
      await deps.onPurged();
      return outcome;
    },
  };
}
