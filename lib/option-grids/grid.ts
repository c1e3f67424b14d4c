/**
 * An option grid: the reasonable options for one decision side by side (columns)
 * against the questions patients most often ask (rows), with short plain answers,
 * sources and review dates (framework.md §4; issue 4).
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
  /** ISO dates (YYYY-MM-DD). */
  lastReviewed: string;
  reviewDue: string;
  /**
   * Who the grid is not for: `notForYouIf` is read with the patient, `doNotUseIf` is for the
   * clinician. Shown as a banner before the grid in the panel, in the grid view and in print.
   */
  scope?: GridScope;
  /**
   * "When to get help" lines for the patient, in the grid's language. They flow into the
   * "When to get help" section of the plan of a consultation that used this grid.
   */
  safetyNet?: string[];
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
}

export interface GridSource {
  id: string;
  /** Citation text, e.g. "NICE NG136: Hypertension in adults (2019, updated 2023)". */
  citation: string;
  /** Public https link to the source. Shown as text; extension pages never fetch it. */
  url: string;
}
