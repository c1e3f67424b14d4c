import type { Consultation, PlanCopyGiven, PlanLanguage, Responsibility } from '../domain/consultation';
import type { Nation } from '../domain/nation';
import type { GridNotice } from './grid-notice';
import type { PlanFigures } from './plan-figures';
import type { DocumentLanguage, PlanContext } from './plan-types';

/**
 * Where the plan stands: a draft until "Plan agreed" is ticked; once ticked, "not decided" when
 * the patient has not decided yet or options were on the table and none was chosen (a ticked box
 * over no decision is not an agreed decision), otherwise agreed (an option chosen, an informed
 * choice of no treatment, or a plan of goals and actions with no options to decide between).
 */
export type PlanStatus = 'draft' | 'agreed' | 'not-decided';

/** One option on the table, in the consultation's words (English) and in Welsh where the grid has it. */
export interface PlanOption {
  id: string;
  label: Record<DocumentLanguage, string>;
  pros: string;
  cons: string;
  isDoNothing: boolean;
  /** Copied in from the option grid opened, rather than typed by the clinician. */
  fromGrid: boolean;
  /**
   * Truly discussed: typed by the clinician, chosen or leaned to, or on a grid whose rows that
   * mattered were marked (read across every option). Merely opening a grid discusses nothing.
   */
  discussed: boolean;
  chosen: boolean;
}

export interface PlanDecision {
  /** What was decided: the options chosen, an informed choice of no treatment, not decided yet, or nothing. */
  kind: 'chosen' | 'no-treatment' | 'not-decided' | 'none';
  /** The options chosen, by their own names (English, as recorded). */
  chosen: string[];
  /** The clinician ticked "fully informed, no treatment" and chose only a do-nothing option (or none). */
  informedNoTreatment: boolean;
  /** Not decided yet: the date to decide by as stored (yyyy-mm-dd), or ''. */
  decideBy: string;
  options: PlanOption[];
  rationale: string;
}

/** "When to get help" in one language: the nation's lines, the grid's, the clinician's own. */
export interface PlanSafetyNet {
  urgent: readonly string[];
  /** 999 and the urgent route in the fewest words (a text message that must be short). */
  urgentShort: readonly string[];
  grid: string[];
  own: string[];
}

/** What has reached the patient so far, and how; nothing is "given" until it is here. */
export interface HandedOver {
  copies: readonly PlanCopyGiven[];
  /** At least one copy reached the patient (printed, downloaded, texted, inserted after agreement). */
  given: boolean;
  textMessage: boolean;
}

/**
 * THE agreed plan (docs/plan-truth.md, "One document, every way out"): built once from the
 * consultation, the settings and the grid, pure and total. Every output in lib/outputs is a
 * projection of it. The facts any output could get wrong — status, nation, languages, decision,
 * safety net, review date, what was handed over — are decided here and nowhere else; the
 * narrative fields (what matters, agenda, barriers, review of an earlier plan) pass through in
 * `source` and are rendered as typed.
 */
export interface AgreedPlan {
  consultationId: string;
  patientRef: string;
  status: PlanStatus;
  /** The review ended the cycle. */
  closed: boolean;
  /** The day the plan was written (the consultation's). */
  date: Date | string;
  planLanguage: PlanLanguage;
  languages: DocumentLanguage[];
  nation: Nation;
  decision: PlanDecision;
  goal: string;
  firstStep: string;
  when: string;
  howOften: string;
  confidence: number | null;
  responsibilities: readonly Responsibility[];
  /** As stored: yyyy-mm-dd, or words typed ("in 6 weeks"). Written only through lib/i18n/format-date.ts. */
  reviewDate: string;
  contact: { own: string; practiceName: string; practiceContact: string };
  safetyNet: Record<DocumentLanguage, PlanSafetyNet>;
  /** The urgent-help routes in a few words, for the record. */
  urgentSummary: string;
  grid: { id: string; version: string; title: string; organisation: string } | null;
  /**
   * The grid's "sample / review overdue" label in each language (lib/option-grids/grid-label.ts),
   * or null: decided here once, so every patient-facing output carries it.
   */
  gridNotice: Record<DocumentLanguage, GridNotice | null>;
  /**
   * The chosen option's key figure with its time frame and source, or the grid's plain "no good
   * figures" sentence, in each language (lib/plan/plan-figures.ts); null when no grid option was chosen.
   */
  figures: Record<DocumentLanguage, PlanFigures | null>;
  handedOver: HandedOver;
  context: PlanContext;
  source: Consultation;
}
