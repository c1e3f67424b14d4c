import type {
  CareAim,
  Consultation,
  ConsultationStatus,
  GoalAttainment,
  ReviewNextStep,
} from '../domain/consultation';
import type { ConsultationPath, ElementId } from '../domain/elements';
import { ELEMENT_IDS } from '../domain/elements';
import { isElementUsed } from '../domain/element-used';

/**
 * What the audit needs of one consultation, and nothing more: no patient
 * reference, no free text, no clinical value (typed text). Kept beside every
 * consultation in the database (lib/storage/audit-weeks.ts) so the audit page
 * reads ~300 bytes a consultation instead of the whole ~4 KB record (docs/performance.md:
 * 20,000 consultations in under 250 ms). Flat on purpose: every nested object
 * costs IndexedDB a separate allocation when the page reads the row back.
 */
export interface AuditRow {
  /** The consultation's id: links a review to the plan it reviews. Never exported. */
  id: string;
  createdAt: string;
  /**
   * The UTC day of the last save, "YYYY-MM-DD": lets retention find what may
   * be due without reading every record (lib/retention/due-now.ts). A day, not
   * the time, so the row changes at most once a day while the text is edited.
   */
  lastDay: string;
  path: ConsultationPath;
  status: ConsultationStatus;
  /** Bit i is set when ELEMENT_IDS[i] was used (lib/domain/element-used.ts). */
  used: number;
  gridId: string | null;
  gridTitle: string | null;
  careAims: CareAim[];
  noTreatment: boolean;
  /** Confidence at agreement, 0–10. */
  confidence: number | null;
  /** The patient's own 0–10 measure at agreement. */
  baseline: number | null;
  /** The earlier consultation this one links to (set by the review offer or a new cycle). */
  previousId: string | null;
  /** True only when the review element was used, not for a mere link. */
  isReview: boolean;
  attainment: GoalAttainment;
  nextStep: ReviewNextStep;
  measureNow: number | null;
  confidenceNow: number | null;
  /**
   * collaboRATE answers of this consultation, whatever its kind (docs/collaborate.md): the
   * patient's private hand-over answers, or for an older record those entered at review.
   */
  collaborate: [number | null, number | null, number | null];
  purged: boolean;
  /**
   * An earlier plan read from another PC's note (docs/continuity.md): kept as
   * the baseline its review compares with, never counted as a consultation here.
   * Present only when true, so older rows read the same.
   */
  imported?: true;
}

/** The used-elements bit mask of a consultation. */
export function usedMask(consultation: Consultation): number {
  let mask = 0;
  ELEMENT_IDS.forEach((element, bit) => {
    if (isElementUsed(consultation, element)) mask |= 1 << bit;
  });
  return mask;
}

export function usesElement(row: Pick<AuditRow, 'used'>, element: ElementId): boolean {
  return (row.used & (1 << ELEMENT_IDS.indexOf(element))) !== 0;
}

/**
 * The audit row of a consultation. Total: a half-finished or partly written
 * record (an older backup, a test fixture) still gives a row.
 */
export function toAuditRow(c: Consultation): AuditRow {
  const used = usedMask(c);
  // Sections are read defensively: rows are derived on every write, including
  // restores of older backups and half-written records.
  const review: Partial<Consultation['review']> = c.review ?? {};
  const agreement: Partial<Consultation['agreement']> = c.agreement ?? {};
  const grid = c.options?.grid ?? null;
  const previousId = review.previousConsultationId ?? null;
  return {
    id: c.id,
    createdAt: c.createdAt,
    lastDay: (c.updatedAt ?? '').slice(0, 10),
    path: c.path,
    status: c.status,
    used,
    gridId: grid?.id ?? null,
    gridTitle: grid?.title ?? null,
    careAims: [...(c.options?.careAims ?? [])],
    noTreatment: agreement.noTreatment === true,
    confidence: agreement.confidence ?? null,
    baseline: agreement.baseline?.patientMeasure ?? null,
    previousId,
    isReview: previousId !== null && usesElement({ used }, 'review'),
    attainment: review.attainment ?? '',
    nextStep: review.nextStep ?? '',
    measureNow: review.patientMeasureNow ?? null,
    confidenceNow: review.confidenceNow ?? null,
    collaborate: collaborateOf(c, review),
    purged: (c.purgedAt ?? null) !== null,
    ...(c.importedFrom ? { imported: true as const } : {}),
  };
}

const isAnswer = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 9;

/** The hand-over answers when all three are there; else what an older version recorded at review. */
function collaborateOf(c: Consultation, review: Partial<Consultation['review']>): AuditRow['collaborate'] {
  // Checked here, not through lib/collaborate: this module is in the side panel's first payload
  // (docs/performance.md), and a module is bundled whole.
  const answers: unknown = c.collaborate?.answers;
  if (Array.isArray(answers) && answers.length === 3) {
    const [a, b, d] = answers as unknown[];
    if (isAnswer(a) && isAnswer(b) && isAnswer(d)) return [a, b, d];
  }
  return [review.collaborate?.[0] ?? null, review.collaborate?.[1] ?? null, review.collaborate?.[2] ?? null];
}

/**
 * Whether two rows say the same thing. Most saves change only free text, so
 * the row, and the week it lives in, need not be written again.
 */
export function sameAuditRow(a: AuditRow, b: AuditRow): boolean {
  for (const key of Object.keys(a) as (keyof AuditRow)[]) {
    const x = a[key];
    const y = b[key];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((item, i) => item !== y[i])) return false;
    } else if (x !== y) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}
