import type { ElementId } from '../domain/elements';

/** What names a team export file, whatever else it holds. */
export const TEAM_EXPORT_FORMAT = 'cocreate-team-export';
/** Raised when a field changes meaning; the practice report reads only versions it knows. */
export const TEAM_EXPORT_VERSION = 1;

/**
 * Roles a clinician may export under. A closed list, not the free-text role of the settings:
 * whatever the export carries is chosen from here or is a label with no digits (read-team-export.ts).
 */
export const CLINICIAN_ROLES = [
  'GP',
  'Practice nurse',
  'Nurse practitioner',
  'Pharmacist',
  'Physiotherapist',
  'Healthcare assistant',
  'Other clinician',
] as const;
export type ClinicianRole = (typeof CLINICIAN_ROLES)[number];

/** A sum and how many values went into it, so means can be merged across clinicians. */
export interface SumOf {
  sum: number;
  n: number;
}

/** Goals at review, by how far they were met. */
export interface AttainmentCounts {
  achieved: number;
  partly: number;
  notYet: number;
  changed: number;
  unrecorded: number;
}

/**
 * One ISO week of one clinician's figures: counts, sums and ids of option grids only.
 * No free text, no patient reference, no day.
 */
export interface WeekFigures {
  /** "2026-W05" (lib/audit/iso-week.ts). */
  week: string;
  consultations: number;
  quick: number;
  elements: Record<ElementId, number>;
  plansAgreed: number;
  noTreatment: number;
  /** Earlier plans reviewed in the week (a plan reviewed in two weeks counts in both). */
  reviews: number;
  attainment: AttainmentCounts;
  confidenceAtAgreement: SumOf;
  confidenceAtReview: SumOf;
  /** The patient's own 0–10 measure at review minus its baseline. */
  measureChange: SumOf;
  /** collaboRATE as counts only: complete responses and how many gave 9 on all three. */
  collaborate: { responses: number; topScores: number };
  /** Option grids used, by grid id (titles are the author's text and stay out). */
  grids: { id: string; count: number }[];
}

/** A clinician's de-identified figures for the practice report (docs/practice-report.md). */
export interface TeamExport {
  format: typeof TEAM_EXPORT_FORMAT;
  version: typeof TEAM_EXPORT_VERSION;
  clinician: {
    role: ClinicianRole;
    /** A label the clinician chose instead of their role ("Dr Jones"), or null. */
    label: string | null;
    /** A random word kept on this PC, so one clinician's months line up; it names nobody. */
    source: string;
  };
  /** Whole ISO weeks covered, first and last. */
  period: { from: string; to: string };
  /** Weeks with at least one consultation, oldest first. */
  weeks: WeekFigures[];
}
