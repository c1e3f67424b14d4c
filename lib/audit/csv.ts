import type { Consultation } from '../domain/consultation';
import { ELEMENT_IDS } from '../domain/elements';
import { isElementUsed } from './elements-used';
import { isReview } from './compute-audit';
import { gridOf, inPeriod, matchesGrid, type AuditFilter } from './filter';
import { isoWeek } from './iso-week';

/**
 * Column names of the de-identified export. Deliberately absent: patient
 * reference, consultation id (it would link rows back to the record), every
 * free-text field, grid titles, clinical values (typed text), exact dates.
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
  'collaborate_1',
  'collaborate_2',
  'collaborate_3',
  'text_purged',
] as const;

type Cell = string | number | boolean | null;

/**
 * Quotes a cell for RFC 4180 and defuses spreadsheet formulas: a value
 * starting with = + - @ (or tab/CR) is prefixed with an apostrophe (OWASP,
 * "CSV Injection"). Numbers pass as they are, so negative changes stay numbers.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One de-identified row per consultation in the filter, header first, CRLF line ends. */
export function auditCsv(consultations: readonly Consultation[], filter: AuditFilter): string {
  const byId = new Map(consultations.map((c) => [c.id, c]));
  const lines = [AUDIT_CSV_COLUMNS.join(',')];
  for (const c of consultations) {
    if (!inPeriod(c, filter)) continue;
    const grid = gridOf(c, byId);
    if (!matchesGrid(grid, filter)) continue;
    const review = isReview(c);
    const baseline = review
      ? byId.get(c.review.previousConsultationId!)?.agreement.baseline.patientMeasure
      : null;
    const now = review ? c.review.patientMeasureNow : null;
    const row: Cell[] = [
      isoWeek(c.createdAt),
      c.path,
      c.status,
      ...ELEMENT_IDS.map((id) => isElementUsed(c, id)),
      grid?.id ?? '',
      c.options.careAims.join(';'),
      c.status !== 'open' && c.agreement.noTreatment,
      c.agreement.confidence,
      c.agreement.baseline.patientMeasure,
      review,
      review ? c.review.attainment : '',
      now,
      baseline !== null && baseline !== undefined && now !== null ? now - baseline : null,
      review ? c.review.confidenceNow : null,
      review ? c.review.nextStep : '',
      ...(review ? c.review.collaborate : [null, null, null]),
      c.purgedAt !== null,
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
