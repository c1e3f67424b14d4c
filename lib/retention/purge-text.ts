import type { Consultation } from '../domain/consultation';
import { normaliseConsultation } from '../domain/normalise-consultation';
import { FREE_TEXT_KINDS, mapText } from '../domain/text-fields';

/**
 * What a purged field says instead of the clinician's text. Not blank, so
 * "which elements were used" (a field counts when anything was captured)
 * reads the same after retention as before, and whoever reopens the record
 * sees that text was there and was removed on purpose. Blank stays blank.
 */
export const REMOVED_TEXT = '(removed)';

const gone = (text: string): string => (text.trim() ? REMOVED_TEXT : '');

/**
 * The consultation with every identifiable free-text field (the registry's free text, the
 * patient's words and typed clinical values, and any field the registry does not know)
 * replaced by REMOVED_TEXT (blank stays blank), the patient reference blanked, and `purgedAt`
 * set (docs/privacy.md, "Retention"). What the audit needs stays: path, status, dates, choices (enums,
 * numbers, ticks), grid id/version/title, and the shape of lists, so every audit figure,
 * including "elements used", is the same after a purge.
 */
export function purgeFreeText(c: Consultation, nowIso: string): Consultation {
  // Laid over a fresh consultation first, so a missing field or a non-string where text belongs
  // counts as empty and never throws; fields this version does not know lose their text too.
  const purged = mapText(normaliseConsultation(c), FREE_TEXT_KINDS, gone, { unknownFields: 'change' });
  return { ...purged, patientRef: '', purgedAt: nowIso };
}
