import type { PlanLanguage } from '../domain/consultation';

/** How a copy of the patient's plan was given (docs/data-model.md, "plans"). */
export type PlanFormat =
  | 'print'
  | 'download-html'
  | 'download-text'
  | 'insert'
  | 'download-calendar'
  | 'text-message'
  /** Stored before version 3 (2026-11-29), when how it was given was not recorded. */
  | 'unrecorded';

export const PLAN_FORMATS: readonly PlanFormat[] = [
  'print',
  'download-html',
  'download-text',
  'insert',
  'download-calendar',
  'text-message',
  'unrecorded',
];

/**
 * One copy of the patient's version of the plan as it was given: printed,
 * downloaded or inserted into the EHR. Answers "what did we give this patient
 * on which day". Purged with its consultation (lib/retention/apply-purge.ts).
 */
export interface StoredPlan {
  id: string;
  consultationId: string;
  /** ISO date-time the copy was given. */
  givenAt: string;
  format: PlanFormat;
  language: PlanLanguage;
  /** The patient's version exactly as given, as plain text. */
  text: string;
}
