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
import { USED_BITS } from './used-bits';

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
  /** Which elements were used (lib/domain/element-used.ts), one bit each as USED_BITS maps them. */
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
  /** A copy of the patient's plan left Cocreate (printed, downloaded, inserted, sent as a text message). */
  given: boolean;
  /** Teach-back done: the patient said back what they will do and when. */
  teachBack: boolean;
  /** How many of SURE's four questions the patient answered yes, when all four were asked; else null. */
  sure: number | null;
  /**
   * Whole minutes from the appointment clock's start to the first copy of the plan given (the
   * hand-over ends the consultation), and the minutes booked; null when either is not known.
   */
  minutesUsed: number | null;
  minutesBooked: number | null;
  /** The option grid's own options chosen (their ids); options typed by hand are left out. */
  chosen: string[];
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
  for (const element of ELEMENT_IDS)
    if (isElementUsed(consultation, element)) mask |= 1 << USED_BITS[element];
  return mask;
}

export function usesElement(row: Pick<AuditRow, 'used'>, element: ElementId): boolean {
  return (row.used & (1 << USED_BITS[element])) !== 0;
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
    given: (c.copiesGiven ?? []).length > 0,
    teachBack: agreement.teachBack === true,
    sure: sureYesCount(agreement.sure),
    ...minutesOf(c),
    chosen: grid ? gridOptionsChosen(agreement.chosenOptionIds) : [],
    ...(c.importedFrom ? { imported: true as const } : {}),
  };
}

/** The clock's longest appointment: anything beyond it is a clock left running, not time used. */
const MAX_MINUTES = 240;

function sureYesCount(sure: unknown): number | null {
  if (!Array.isArray(sure) || sure.length !== 4 || sure.some((answer) => typeof answer !== 'boolean'))
    return null;
  return (sure as boolean[]).filter(Boolean).length;
}

function minutesOf(c: Consultation): Pick<AuditRow, 'minutesUsed' | 'minutesBooked'> {
  const booked = c.preparation?.plannedMinutes;
  const minutesBooked =
    typeof booked === 'number' && Number.isInteger(booked) && booked > 0 && booked <= MAX_MINUTES
      ? booked
      : null;
  const handedAt = Date.parse(c.copiesGiven?.[0]?.at ?? '');
  const used = Math.floor((handedAt - c.clockStartedAt) / 60_000);
  const minutesUsed = Number.isFinite(used) && used >= 0 && used <= MAX_MINUTES ? used : null;
  return { minutesUsed, minutesBooked };
}

/** A grid option's id is the grid author's kebab-case word; an option typed by hand has a random UUID. */
const GRID_OPTION_ID = /^(?![0-9a-f]{8}-)(?!.*\d{6})[a-z][a-z0-9-]{0,59}$/;

function gridOptionsChosen(ids: unknown): string[] {
  return Array.isArray(ids)
    ? ids.filter((id): id is string => typeof id === 'string' && GRID_OPTION_ID.test(id))
    : [];
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
