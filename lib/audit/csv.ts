import { ELEMENT_IDS } from '../domain/elements';
import { neutraliseBidi } from '../domain/read-values';
import { usesElement, type AuditRow } from './audit-row';
import { gridRowOf, matchesGrid, periodTest, type AuditFilter } from './filter';
import { isoWeek } from './iso-week';

/**
 * Column names of the de-identified export. Deliberately absent: patient
 * reference, consultation id (it would link rows back to the record), every
 * free-text field, grid titles, clinical values (typed text), exact dates, and each
 * patient's collaboRATE answers: the patient answers privately, is told their answers are
 * added up with other patients', and the audit shows only the top-score share from 25
 * responses (docs/collaborate.md). A row per consultation would undo both.
 */
export const AUDIT_CSV_COLUMNS = [
  'week',
  'path',
  'status',
  ...ELEMENT_IDS.map((id) => `used_${id}`),
  'grid_id',
  'care_aims',
  'no_treatment',
  'confidence_at_agreement',
  'baseline_patient_measure',
  'is_review',
  'attainment',
  'patient_measure_now',
  'patient_measure_change',
  'confidence_now',
  'next_step',
  'text_purged',
] as const;

type Cell = string | number | boolean | null;

/**
 * A cell a spreadsheet would read as a formula: one starting with = + - @ (or
 * their full-width forms), even after spaces, no-break or ideographic spaces,
 * or starting with a tab or carriage return (OWASP, "CSV Injection").
 */
const FORMULA_START = /^(?:[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/;

/**
 * Quotes a cell for RFC 4180 and defuses spreadsheet formulas by prefixing an
 * apostrophe. Numbers pass as they are, so negative changes stay numbers.
 * Total: anything that is not a string, finite number, boolean or null (only
 * reachable from a restored backup) becomes an empty cell, never a throw.
 */
export function csvCell(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value !== 'string') return '';
  // Bidirectional controls are dropped from every output (lib/plan/safe-text.ts).
  const text = neutraliseBidi(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One de-identified row per consultation in the filter, header first, CRLF line ends. */
export function auditCsv(rows: readonly AuditRow[], filter: AuditFilter): string {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const lines = [AUDIT_CSV_COLUMNS.join(',')];
  const inDays = periodTest(filter);
  for (const c of rows) {
    if (c.imported || !inDays(c.createdAt)) continue;
    const grid = gridRowOf(c, byId);
    if (!matchesGrid(grid, filter)) continue;
    const review = c.isReview;
    const baseline = review && c.previousId !== null ? byId.get(c.previousId)?.baseline : null;
    const now = review ? c.measureNow : null;
    const row: Cell[] = [
      isoWeek(c.createdAt),
      c.path,
      c.status,
      ...ELEMENT_IDS.map((id) => usesElement(c, id)),
      grid?.gridId ?? '',
      c.careAims.join(';'),
      c.status !== 'open' && c.noTreatment,
      c.confidence,
      c.baseline,
      review,
      review ? c.attainment : '',
      now,
      baseline !== null && baseline !== undefined && now !== null ? now - baseline : null,
      review ? c.confidenceNow : null,
      review ? c.nextStep : '',
      c.purged,
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
