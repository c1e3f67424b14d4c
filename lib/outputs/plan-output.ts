import type { PlanCopyGiven } from '../domain/consultation';
import type { PlanFormat } from '../plan/stored-plan';
import type { AgreedPlan } from '../plan/agreed-plan';
import type { DocumentLanguage } from '../plan/plan-types';

/** What the clinician picked in the panel that changes an output: the version previewed. */
export interface OutputChoice {
  version: 'patient' | 'note';
}

/** One output as it leaves Cocreate. */
export interface OutputContent {
  /** Who reads it: the patient (and whoever helps them), or the record. */
  audience: 'patient' | 'record';
  /** The text delivered (the whole file for a download). */
  text: string;
  /** The same as HTML, for rich-text editors and the clipboard. */
  html?: string;
  /** For a download: its file name and type. */
  file?: { name: string; type: string };
  /** The languages it is written in. */
  languages: readonly DocumentLanguage[];
}

/**
 * How the panel delivers an output: into the EHR, onto the clipboard, as a file, by opening
 * the patient view, or into the editable text-message box.
 */
export type Delivery = 'insert' | 'copy-text' | 'copy-html' | 'download' | 'patient-view' | 'text-message';

/**
 * One way out of Cocreate (docs/plan-truth.md, "One document, every way out"): a projection of
 * the agreed-plan document, and what using it records. Adding an output is one file and one
 * line in lib/outputs/registry.ts.
 */
export interface PlanOutput {
  id: string;
  label: string;
  /** An Alt shortcut for the outputs used most. */
  keys?: { label: string; code: string };
  delivery: Delivery;
  build(plan: AgreedPlan, choice: OutputChoice): OutputContent | Promise<OutputContent>;
  /**
   * What using it records as handed over to the patient (the note's "Copy of plan given") and how
   * the copy is kept, or null when it does not reach the patient (a note copied into the record,
   * a draft inserted).
   */
  record(plan: AgreedPlan, choice: OutputChoice): HandedOverAs | null;
}

export interface HandedOverAs {
  how: PlanCopyGiven['how'];
  format: Exclude<PlanFormat, 'unrecorded'>;
}
