import { useEffect, useMemo, useState } from 'preact/hooks';
import { computeAudit } from '../../lib/audit/compute-audit';
import { type AuditFilter } from '../../lib/audit/filter';
import type { AuditRow } from '../../lib/audit/audit-row';
import { gridChoices } from '../../lib/audit/grid-choices';
import { loadAuditRows } from '../../lib/storage/audit-rows';
import type { Settings } from '../../lib/settings/settings';
import type { CocreateDb } from '../../lib/storage/db';
import type { DraftJournal } from '../../lib/storage/draft-journal';
import type { SyncChannel } from '../../lib/state/sync-channel';
import { AuditFilters } from './AuditFilters';
import { AuditHeadlines } from './AuditHeadlines';
import { AuditOutcomes } from './AuditOutcomes';
import { AuditUnderstanding } from './AuditUnderstanding';
import { AuditUsage } from './AuditUsage';
import { CsvExport } from './CsvExport';
import { defaultFilter } from './default-period';
import { PdsaLog } from './PdsaLog';
import { TeamExport } from './TeamExport';
import { RetentionSection } from './RetentionSection';
import './audit.css';

interface Props {
  db: CocreateDb;
  now: () => Date;
  newId: () => string;
  /** The sidebar's safety copy of the open draft (same extension origin), cleared when retention purges it. */
  journal: Pick<DraftJournal, 'clear'>;
  /** The side panels' live sync: one with a purged consultation open takes the purge, not saving its old text back. */
  sync: Pick<SyncChannel, 'post'>;
  /** Settings with the practice's central values over them (retention period, autoPurge). */
  readSettings: () => Promise<Settings>;
  /** Rewrites the database after a purge (lib/storage/rebuild-database.ts). */
  rebuild: () => Promise<void>;
  /** This PC's source word for team exports (lib/report/export-source.ts). */
  exportSource: () => string;
}

/** The clinician's own audit page (framework.md, "Reflective learning"): local, private, exportable. */
export function AuditApp({ db, now, newId, journal, sync, readSettings, rebuild, exportSource }: Props) {
  const [filter, setFilter] = useState<AuditFilter>(() => defaultFilter(now()));
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [reloads, setReloads] = useState(0);
  const [folder, setFolder] = useState('');

  useEffect(() => {
    void readSettings().then((settings) => setFolder(settings.teamExportFolder));
  }, [readSettings]);

  useEffect(() => {
    let live = true;
    void loadAuditRows(db, filter.from, filter.to).then((loaded) => {
      if (live) setRows(loaded);
    });
    return () => {
      live = false;
    };
  }, [db, filter.from, filter.to, reloads]);

  const figures = useMemo(() => rows && computeAudit(rows, filter), [rows, filter]);
  const grids = useMemo(() => gridChoices(rows ?? []), [rows]);

  return (
    <main class="audit-page">
      <h1>My audit</h1>
      <p class="field__hint">
        Your own consultations in this browser, for reflection and service improvement. Nothing leaves this
        computer unless you download it.
      </p>
      <AuditFilters filter={filter} grids={grids} onChange={setFilter} now={now} />
      {figures && rows ? (
        <div aria-live="polite">
          <AuditHeadlines figures={figures} />
          {figures.consultations === 0 ? <p>No consultations in this period.</p> : null}
          <div class="audit-columns">
            <AuditUsage figures={figures} />
            <AuditOutcomes figures={figures} />
            <AuditUnderstanding figures={figures} />
          </div>
          <CsvExport rows={rows} filter={filter} />
          <TeamExport rows={rows} filter={filter} source={exportSource} folder={folder} />
        </div>
      ) : (
        <p>Loading…</p>
      )}
      <PdsaLog db={db} now={now} newId={newId} />
      <RetentionSection
        retention={{
          db,
          now,
          newId,
          rebuild,
          announce: (notice) => {
            journal.clear(notice.consultationId);
            sync.post(notice);
          },
        }}
        readSettings={readSettings}
        onPurged={() => setReloads((n) => n + 1)}
      />
    </main>
  );
}
