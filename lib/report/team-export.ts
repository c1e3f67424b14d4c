import type { CountOf, MinutesFigures } from '../audit/understanding';
import type { ElementId } from '../domain/elements';

/** What names a team export file, whatever else it holds. */
export const TEAM_EXPORT_FORMAT = 'cocreate-team-export';
/**
 * Raised when a field is added or changes meaning; the practice report reads only versions it
 * knows. Version 2 added plans given, teach-back, SURE, minutes and the grid options chosen;
 * version 1 files are still read (read-team-export.ts), those figures "not recorded".
 */
export const TEAM_EXPORT_VERSION = 2;
export const TEAM_EXPORT_VERSIONS_READ = [1, 2] as const;

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

/** How many of how many: the denominator travels with the count, so weeks from older files add up honestly. */

/** An option grid used, and how often each of its own options was chosen. */
export interface GridFigures {
  id: string;
  count: number;
  /** Option ids as the grid's author wrote them (never an option typed by hand). */
  chosen: { id: string; count: number }[];
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
  /** Agreed plans of which a copy was given to the patient, of plans agreed (of 0 in a version 1 file). */
  plansGiven: CountOf;
  /** Agreed plans with teach-back done, of plans agreed (of 0 in a version 1 file). */
  teachBack: CountOf;
  /** SURE: yes to all four questions, of consultations where all four were asked. */
  sure: CountOf;
  minutes: MinutesFigures;
  /** Option grids used, by grid id (titles are the author's text and stay out). */
  grids: GridFigures[];
}

/** A clinician's de-identified figures for the practice report (docs/practice-report.md). */
export interface TeamExport {
  format: typeof TEAM_EXPORT_FORMAT;
  /** Always the current version once read: an older file is brought up to it (read-team-export.ts). */
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
