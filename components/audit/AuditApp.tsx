import '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { AuditPageApp } from '../../lib/app/audit-page-app';
import { AuditFilters } from './AuditFilters';
import { AuditHeadlines } from './AuditHeadlines';
import { AuditOutcomes } from './AuditOutcomes';
import { AuditUnderstanding } from './AuditUnderstanding';
import { AuditUsage } from './AuditUsage';
import { CsvExport } from './CsvExport';
import { PdsaLog } from './PdsaLog';
import { TeamExport } from './TeamExport';
import { RetentionSection } from './RetentionSection';
import './audit.css';

/** The clinician's own audit page (framework.md, "Reflective learning"): local, private, exportable. */
export function AuditApp({ app }: { app: AuditPageApp }) {
  useEffect(() => void app.load(), [app]);
  const filter = app.filter.value;
  const rows = app.rows.value;
  const figures = app.figures.value;

  return (
    <main class="audit-page">
      <h1>My audit</h1>
      <p class="field__hint">
        Your own consultations in this browser, for reflection and service improvement. Nothing leaves this
        computer unless you download it.
      </p>
      <AuditFilters
        filter={filter}
        grids={app.grids.value}
        onChange={(next) => void app.chooseFilter(next)}
        now={app.today}
      />
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
          <TeamExport rows={rows} filter={filter} source={app.exportSource} folder={app.folder.value} />
        </div>
      ) : (
        <p>Loading…</p>
      )}
      <PdsaLog log={app.pdsa} />
      <RetentionSection retention={app.retention} />
    </main>
  );
}
