import type { Consultation } from '../domain/consultation';
import { normaliseConsultation } from '../domain/normalise-consultation';

/**
 * What a purged field says instead of the clinician's text. Not blank, so
 * "which elements were used" (a field counts when anything was captured)
 * reads the same after retention as before, and whoever reopens the record
 * sees that text was there and was removed on purpose. Blank stays blank.
 */
export const REMOVED_TEXT = '(removed)';

/**
 * The only strings a purge keeps: ids, enum choices and dates, by path ('*' for
 * each item of a list), and the option grid's identity (shipped or practice
 * content, never patient text). Every other string goes, including fields this
 * version does not know (docs/privacy.md, "Retention").
 */
export const KEPT_STRINGS: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'purgedAt',
  'path',
  'currentElement',
  'status',
  'preparation.appointmentType',
  'preparation.language',
  'preparation.present.*',
  'preparation.gridsSentInAdvance.*',
  'agenda.items.*.id',
  'agenda.items.*.owner',
  'information.needed.*.id',
  'information.nextStep',
  'options.careAims.*',
  'options.grid.id',
  'options.grid.version',
  'options.grid.title',
  'options.options.*.id',
  'options.leaning.*',
  'agreement.chosenOptionIds.*',
  'agreement.barriers.*.id',
  'agreement.responsibilities.*.id',
  'agreement.responsibilities.*.who',
  'agreement.followUpDate',
  'review.previousConsultationId',
  'review.attainment',
  'review.nextStep',
]);

/**
 * The consultation with every string leaf not in KEPT_STRINGS replaced by
 * REMOVED_TEXT (blank stays blank), the patient reference blanked, and
 * `purgedAt` set. Total: the record is first laid over a fresh consultation,
 * so a missing field or a non-string where text belongs counts as empty and
 * never throws. What the audit needs stays: path, status, dates, choices
 * (enums, numbers, ticks), grid identity and the shape of lists, so every
 * audit figure, "elements used" included, is the same after a purge.
 */
export function purgeFreeText(c: Consultation, nowIso: string): Consultation {
  const purged = purgeLeaf(normaliseConsultation(c), '') as Consultation;
  return { ...purged, patientRef: '', purgedAt: nowIso };
}

function purgeLeaf(value: unknown, path: string): unknown {
  if (typeof value === 'string') {
    if (KEPT_STRINGS.has(path)) return value;
    return value.trim() ? REMOVED_TEXT : '';
  }
  if (Array.isArray(value)) return value.map((item) => purgeLeaf(item, `${path}.*`));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value))
      out[key] = purgeLeaf(child, path ? `${path}.${key}` : key);
    return out;
  }
  // Numbers, ticks and nulls are the audit's figures and choices, not words.
  return value;
}
