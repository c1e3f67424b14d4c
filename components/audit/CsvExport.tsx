import type { AuditRow } from '../../lib/audit/audit-row';
import { auditCsv } from '../../lib/audit/csv';
import type { AuditFilter } from '../../lib/audit/filter';
import { downloadBlob } from '../options-page/download-blob';

/** Download of the de-identified rows for the current filter (docs/privacy.md, "What leaves the browser"). */
export function CsvExport({ rows, filter }: { rows: readonly AuditRow[]; filter: AuditFilter }) {
  const save = () => {
    const csv = auditCsv(rows, filter);
    downloadBlob(
      document,
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `cocreate-audit-${filter.from}-to-${filter.to}.csv`,
    );
  };
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Export for a practice meeting</h2>
      <p>
        One row per consultation in the period above: which elements were used, grid, choices, scores and
        review outcome. No patient reference, no typed text, and dates only to the week.
      </p>
      <button type="button" onClick={save}>
        Download de-identified CSV
      </button>
    </section>
  );
}
