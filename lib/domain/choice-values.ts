/**
 * The allowed values of every choice field of a consultation, each once, in the order the
 * clinician meets them. The types in consultation.ts are read from these lists, the element
 * registry (element-registry.ts) carries them, and from the registry follow normalising, the
 * backup's checks, the steps' option lists, the audit's counts and every list of words keyed by
 * value (lib/i18n). '' is "not chosen yet" where a field may be left empty.
 */

export const CONSULTATION_PATHS = ['quick', 'full'] as const;
export const CONSULTATION_STATUSES = ['open', 'agreed', 'closed'] as const;

export const APPOINTMENT_TYPES = ['face-to-face', 'telephone', 'video', ''] as const;
export const PRESENT_PEOPLE = ['carer', 'family', 'interpreter', 'other'] as const;
export const PLAN_LANGUAGES = ['en', 'cy', 'both'] as const;

export const AGENDA_OWNERS = ['patient', 'clinician'] as const;
/** Four-level clinician estimate; never the licensed PAM items (docs/framework.md, "Tools and measures"). */
export const ACTIVATION_LEVELS = [1, 2, 3, 4] as const;

export const INFORMATION_NEXT_STEPS = ['continue', 'continue-later', 'refer', ''] as const;

export const CARE_AIMS = [
  'prevention',
  'stabilisation',
  'participation',
  'resolution',
  'improvement',
  'adjustment',
  'comfort',
] as const;

export const RESPONSIBLE_PEOPLE = ['patient', 'clinician', 'other'] as const;

export const GOAL_ATTAINMENTS = ['achieved', 'partly', 'not-yet', 'changed', ''] as const;
export const REVIEW_NEXT_STEPS = ['continue', 'new-cycle', 'discharge', 'refer', ''] as const;

/** The record's own bookkeeping: how a copy left Cocreate, and in which language. */
export const COPY_WAYS = ['printed', 'downloaded', 'inserted', 'text message'] as const;
export const SHEET_WAYS = ['printed', 'downloaded', 'text message'] as const;
export const PATIENT_LANGUAGES = ['en', 'cy'] as const;
export const IMPORT_SOURCES = ['note', 'fhir'] as const;
export const IMPORT_INTEGRITIES = ['intact', 'edited', 'unchecked'] as const;
export const IMPORT_SIGNATURES = ['this-practice', 'not-this-practice'] as const;

/** A value that was chosen: the list without its "not chosen yet". */
export type Chosen<T> = Exclude<T, ''>;

/** The values a clinician can pick (every value but ''), in order. */
export function chosenValues<T extends string | number>(values: readonly T[]): Chosen<T>[] {
  return values.filter((value): value is Chosen<T> => value !== '');
}
