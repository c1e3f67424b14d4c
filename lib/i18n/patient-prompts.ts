import type { PlanLanguage } from '../domain/consultation';

/**
 * What the patient reads on the clinician's screen when it is turned to them: the rulers'
 * questions and ends, and the confidence question (framework.md §2, §5). The clinician's own
 * wording stays English beside it; these are for a patient whose plan is in Welsh. Drafted by
 * the team; no first-language Welsh clinical reviewer has signed them (lib/i18n/welsh-review.ts).
 */
export interface PatientPrompts {
  importance: string;
  confidence: string;
  firstStepConfidence: string;
  notAtAll: string;
  very: string;
  /** Asked when confidence in the first step is below 7. */
  toSeven: string;
}

export const WELSH_PATIENT_PROMPTS: PatientPrompts = {
  importance: 'Ar raddfa o 0 i 10, pa mor bwysig yw’r newid hwn i chi?',
  confidence: 'Ar raddfa o 0 i 10, pa mor hyderus ydych chi y gallech chi wneud y newid hwn?',
  firstStepConfidence:
    'Ar raddfa o 0 i 10, pa mor hyderus ydych chi y byddwch chi’n gwneud y cam cyntaf hwn?',
  notAtAll: '0 dim o gwbl',
  very: '10 yn fawr iawn',
  toSeven: 'Beth fyddai’n helpu i gyrraedd 7?',
};

/** The Welsh prompts for a patient whose plan is in Welsh (alone or beside English), else null. */
export function patientPrompts(language: PlanLanguage | undefined): PatientPrompts | null {
  return language === 'cy' || language === 'both' ? WELSH_PATIENT_PROMPTS : null;
}
