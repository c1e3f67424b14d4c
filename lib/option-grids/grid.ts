import type { Nation } from '../domain/nation';

/**
 * An option grid: the reasonable options for one decision side by side (columns)
 * against the questions patients most often ask (rows), with short plain answers,
 * sources and review dates (docs/framework.md, element 4; docs/option-grids.md).
 *
 * The JSON on disk has exactly this shape; `parseGrid` (lib/option-grids/parse-grid.ts)
 * turns untrusted JSON into it or into plain-words errors.
 */
export interface OptionGrid {
  /** Stable slug, e.g. "raised-blood-pressure". A Welsh grid has its own id (e.g. "raised-blood-pressure-cy"). */
  id: string;
  /** Dotted version, e.g. "1.0" or "2.1"; compared numerically part by part. */
  version: string;
  language: GridLanguage;
  /** For a translation, the id of the grid it translates. */
  translationOf?: string;
  title: string;
  /** The decision in one question, e.g. "Should I take a tablet for my blood pressure?" */
  decision: string;
  /** Conditions, synonyms and plain words to search by. */
  keywords: string[];
  /** 2–5 options; include "wait / do nothing" where that is a real choice. */
  options: GridOption[];
  /** Rows: the questions patients most often ask. */
  questions: GridQuestion[];
  sources: GridSource[];
  author: string;
  organisation: string;
  /**
   * ISO dates (YYYY-MM-DD). `lastReviewed` is set only by a sign-off (it equals
   * `signOff.date`), never by whoever last edited or committed the file; a grid
   * nobody has signed off has none and shows as a sample (docs/option-grids.md).
   */
  lastReviewed?: string;
  /** When the content must next be checked (the sign-off's next review date once signed off). */
  reviewDue: string;
  /** Who signed the content off for clinical use; absent on shipped sample grids. */
  signOff?: GridSignOff;
  /**
   * Why the grid has no do-nothing / carry-on-as-now option, e.g. "A choice between aids,
   * after deciding to stop". Without it the consistency check requires one (NICE NG197).
   */
  noDoNothingReason?: string;
  /**
   * Said where an option has no figure in numbers: which choices have no good "N in 100"
   * figures, e.g. "We do not have good figures in numbers for a back-up prescription."
   * Shown with the sources, so a missing figure reads as missing, not as "no difference".
   */
  figuresNote?: string;
  /**
   * For a grid in a language its clinical reviewer may not read (Welsh): who must sign it
   * off, e.g. "A first-language clinical Welsh speaker must sign off this translation."
   */
  translationSignOffNeeded?: string;
  /**
   * Who the grid is not for: `notForYouIf` is read with the patient, `doNotUseIf` is for the
   * clinician. Shown as a banner before the grid in the panel, in the grid view and in print.
   */
  scope?: GridScope;
  /**
   * "When to get help" lines for the patient, in the grid's language. They flow into the
   * "When to get help" section of the plan of a consultation that used this grid, chosen
   * by `gridSafetyNetLines` (grid-safety-net.ts). A plain string is a general line for
   * every patient in every nation; a `GridSafetyNetLine` can belong to some options only
   * and can word a route differently in each nation.
   */
  safetyNet?: GridSafetyNetEntry[];
}

export type GridSafetyNetEntry = string | GridSafetyNetLine;

export interface GridSafetyNetLine {
  /**
   * The line for a nation with no variant of its own (and for a practice that has not set
   * its nation): it must name no service that exists in only some nations.
   */
  text: string;
  /** The line as worded for one nation, where the route or service differs (NHS 111, NHS 24). */
  byNation?: Partial<Record<GridNation, string>>;
  /**
   * The ids of the options this line belongs to (a medicine started with them, advice that
   * only fits them): it reaches only a patient who chose one of them. Absent: every patient.
   */
  forOptions?: string[];
}

export interface GridSignOff {
  reviewerName: string;
  reviewerRole: string;
  /** The reviewer's professional register (GMC, NMC…); absent on sign-offs made before it was asked. */
  registrationBody?: string;
  /** Their number on that register. */
  registrationNumber?: string;
  /** ISO date of the sign-off; the grid's `lastReviewed`. */
  date: string;
  /** ISO date; the grid's `reviewDue`. */
  nextReviewDate: string;
}

export interface GridScope {
  notForYouIf: string[];
  doNotUseIf: string[];
}

export type GridLanguage = 'en' | 'cy';

export interface GridOption {
  /** Unique within the grid, e.g. "tablets", "wait". */
  id: string;
  label: string;
  isDoNothing: boolean;
  /** One short line each, used in the patient's plan ("the choices we looked at"). */
  mainBenefit: string;
  mainDownside: string;
}

export interface GridQuestion {
  id: string;
  question: string;
  /** One short plain answer per option, keyed by option id; every option must have one. */
  answers: Record<string, string>;
  /** Ids of the sources behind any figure in this row. */
  sourceIds: string[];
  /**
   * Absolute figures per option id ("N in 100 people, over T"), shown under the answer
   * with both framings and, where asked for, a 10×10 icon array (NICE NG197 §1.5).
   */
  figures?: Record<string, GridFigure>;
  /**
   * Answers that differ by nation (services such as talking therapies or stop-smoking
   * support), per option id; the practice's nation setting picks one over `answers`.
   */
  byNation?: Partial<Record<GridNation, Record<string, string>>>;
}

/** The nations a grid can hold service variants for: all four UK nations (lib/domain/nation.ts). */
export type GridNation = Nation;

export interface GridFigure {
  /** How many people in 100 have `outcome` with this option (0–100). */
  inHundred: number;
  /** What happens to them, e.g. "have a heart attack or stroke". */
  outcome: string;
  /** The other framing, for the rest, e.g. "do not have a heart attack or stroke". */
  otherOutcome?: string;
  /** The time, e.g. "over 10 years". */
  over: string;
  /** Draw an accessible 10×10 icon array with a text alternative. */
  iconArray?: boolean;
}

export interface GridSource {
  id: string;
  /** Citation text, e.g. "NICE NG136: Hypertension in adults (2019, updated 2023)". */
  citation: string;
  /** Public https link to the source. Shown as text; extension pages never fetch it. */
  url: string;
  /** ISO date the source was last checked against the grid (its version is in `citation`). */
  checked?: string;
}
