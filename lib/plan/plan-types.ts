import type { Consultation } from '../domain/consultation';
import type { DocumentLanguage } from '../domain/read-values';
import type { OptionGrid } from '../option-grids/grid';
import type { Settings } from '../settings/settings';

/** One line of a plan: an optional short label ("When") and its text. */
export interface PlanLine {
  label?: string;
  text: string;
  /** The patient's own words, shown as a quotation and never reworded. */
  quote?: boolean;
  /** A clinical value and its unit ("152/94 mmHg"): never reworded by plain-word offers. */
  verbatim?: boolean;
}

/** A headed section; empty sections are never built, so renderers need not check. */
export interface PlanSection {
  id: string;
  heading: string;
  lines: PlanLine[];
}

export type { DocumentLanguage } from '../domain/read-values';

/** A rendered-agnostic plan: the patient version in one language, or the clinician note. */
export interface PlanDocument {
  kind: 'patient' | 'clinician';
  language: DocumentLanguage;
  title: string;
  sections: PlanSection[];
}

export type PlanSettings = Pick<
  Settings,
  'clinicianName' | 'clinicianRole' | 'practiceName' | 'practiceContact'
> &
  Partial<Pick<Settings, 'nation' | 'jargonExtra' | 'largePrint'>>;

/** Everything a plan needs besides the consultation itself. */
export interface PlanContext {
  settings: PlanSettings;
  /** The day the plan is written (ISO string or Date). */
  date: Date | string;
  language: Consultation['preparation']['language'];
  /** The consultation this one reviews, if any (its plan adds "what changed since last time"). */
  previous?: Consultation | null;
  /** The grid used, so question ids can be shown as the questions themselves. */
  grid?: OptionGrid | null;
  /** Translations of the grid used (e.g. its Welsh twin), for its "when to get help" lines. */
  gridTranslations?: readonly OptionGrid[];
  /** The practice's signing key, set only by policy: the summary block and FHIR bundle carry its HMAC. */
  signingKey?: string;
}
