import type { EarlierPlanDetails } from './earlier-plan-details';
import type { PracticeSignature } from './practice-signature';

/**
 * What Cocreate needs of an earlier agreed plan to review against it when that plan was made on
 * another PC: read back from the "Cocreate summary" block at the end of the clinician note in the
 * EHR, or from a Cocreate FHIR bundle file. Both readers produce this one shape, and the review step
 * shows it for the clinician to confirm before anything is used (docs/framework.md, element 7).
 *
 * Empty string or null means "not in the source": nothing is guessed.
 */
export interface EarlierPlanSummary {
  /** Where it was read from. */
  source: 'note' | 'fhir';
  /** Version of the summary block or bundle format it was read from. */
  formatVersion: string;
  /** The patient reference the source names, as written there, or '' when it names none. */
  patientRef: string;
  /** A plan exported before it was agreed stays a draft wherever it is shown or stored. */
  status: 'agreed' | 'draft';
  /**
   * 'intact': the source's own check matches what was read; 'edited': it does not (edited by hand,
   * or cut short); 'unchecked': the source carries no check (written by an earlier Cocreate).
   */
  integrity: 'intact' | 'edited' | 'unchecked';
  /**
   * Whether the source carries the practice's signature; present only where this PC holds the
   * practice's signing key (set by policy). Absent: no key, so only `integrity` applies.
   */
  signature?: PracticeSignature;
  /** ISO date (YYYY-MM-DD) the plan was agreed (or, for a draft, written), or '' when the source does not say. */
  agreedOn: string;
  goal: string;
  firstAction: string;
  chosenOption: string;
  noTreatment: boolean;
  grid: { id: string; version: string } | null;
  /** The patient's own measure at baseline, 0–10. */
  patientMeasureLabel: string;
  patientMeasure: number | null;
  clinicalLabel: string;
  clinicalValue: string;
  clinicalUnit: string;
  confidence: number | null;
  /** ISO date (YYYY-MM-DD) of the agreed follow-up, or ''. */
  followUpDate: string;
  /** The rest of the plan, where the source carries it (a FHIR bundle does; a note's summary block does not). */
  details?: EarlierPlanDetails;
}

/** What reading a note or a bundle gives: the summary, or a plain-words reason nothing was read. */
export type ReadEarlierPlan = { ok: true; summary: EarlierPlanSummary } | { ok: false; error: string };
