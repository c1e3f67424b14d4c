import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { AuditRow } from '../audit/audit-row';
import { computeAudit, type AuditFigures } from '../audit/compute-audit';
import { defaultFilter } from '../audit/default-period';
import type { AuditFilter } from '../audit/filter';
import { gridChoices } from '../audit/grid-choices';
import type { Settings } from '../settings/settings';
import type { SyncChannel } from '../state/sync-channel';
import { loadAuditRows } from '../storage/audit-rows';
import type { CocreateDb } from '../storage/db';
import type { DraftJournal } from '../storage/draft-journal';
import { createPdsaLogApp, type PdsaLogApp } from './pdsa-log-app';
import { createRetentionReviewApp, type RetentionReviewApp } from './retention-review-app';

export interface AuditPageAppDeps {
  db: CocreateDb;
  now: () => Date;
  newId: () => string;
  /** The sidebar's safety copy of the open draft (same extension origin), cleared when retention purges it. */
  journal: Pick<DraftJournal, 'clear'>;
  /** The side panels' live sync: one with a purged consultation open takes the purge, not saving its old text back. */
  sync: Pick<SyncChannel, 'post'>;
  /** Settings with the practice's central values over them (retention period, autoPurge, team folder). */
  readSettings: () => Promise<Settings>;
  /** Rewrites the database after a purge (lib/storage/rebuild-database.ts). */
  rebuild: () => Promise<void>;
  /** This PC's source word for team exports (lib/report/export-source.ts). */
  exportSource: () => string;
}

/**
 * The clinician's own audit page (framework.md, "Reflective learning"): the figures of a period, the
 * improvement log and retention. Views read these signals and call the commands (docs/architecture.md).
 */
export interface AuditPageApp {
  filter: ReadonlySignal<AuditFilter>;
  /** The period's audit rows; null while the first read runs. */
  rows: ReadonlySignal<readonly AuditRow[] | null>;
  figures: ReadonlySignal<AuditFigures | null>;
  /** The grids used in the period, for the filter's list. */
  grids: ReadonlySignal<readonly { id: string; title: string }[]>;
  /** The practice's shared folder for team exports ('' for none). */
  folder: ReadonlySignal<string>;
  pdsa: PdsaLogApp;
  retention: RetentionReviewApp;
  /** The clock the period presets count back from. */
  today: () => Date;
  exportSource: () => string;
  /** Reads the figures, the log and what retention has due. */
  load: () => Promise<void>;
  /** Another period or grid; the rows are read again when the period moved. */
  chooseFilter: (filter: AuditFilter) => Promise<void>;
}

export function createAuditPageApp(deps: AuditPageAppDeps): AuditPageApp {
  const { db, now } = deps;
  const filter = signal(defaultFilter(now()));
  const rows = signal<readonly AuditRow[] | null>(null);
  // Only the newest read lands: a slow read of an older period never overwrites a newer one.
  let reads = 0;
  const loadRows = async () => {
    const read = ++reads;
    const loaded = await loadAuditRows(db, filter.value.from, filter.value.to);
    if (read === reads) rows.value = loaded;
  };
  const pdsa = createPdsaLogApp(deps);
  const retention = createRetentionReviewApp({
    ...deps,
    announce: (notice) => {
      deps.journal.clear(notice.consultationId);
      deps.sync.post(notice);
    },
    onPurged: loadRows,
  });

  return {
    filter,
    rows,
    figures: computed(() => (rows.value ? computeAudit(rows.value, filter.value) : null)),
    grids: computed(() => gridChoices(rows.value ?? [])),
    folder: computed(() => retention.settings.value?.teamExportFolder ?? ''),
    pdsa,
    retention,
    today: now,
    exportSource: deps.exportSource,
    async load() {
      await Promise.all([loadRows(), pdsa.load(), retention.refresh()]);
    },
    async chooseFilter(next) {
      const moved = next.from !== filter.value.from || next.to !== filter.value.to;
      filter.value = next;
      if (moved) await loadRows();
    },
  };
}
