import type { Chosen } from '../domain/choice-values';
import type { ActivationLevel, GoalAttainment, PlanCopyGiven, ReviewNextStep } from '../domain/consultation';

/**
 * Words for choice values in the records Cocreate writes in English only, keyed by value
 * (lib/domain/choice-values.ts), one list per audience. The panel's own words, in English and
 * Welsh, are `choices` in the catalogue (types.ts); these differ from them on purpose.
 */

/**
 * The clinician note (and the FHIR text read back from it, so a change here is a change to
 * what older notes are read as): words, never ids ("new-cycle"), in lower case inside a line.
 */
export const NOTE_WORDS: {
  attainment: Record<Chosen<GoalAttainment>, string>;
  reviewNextStep: Record<Chosen<ReviewNextStep>, string>;
  /** A plain estimate of support needed, not a licensed measure's level descriptors (docs/framework.md, "Tools and measures"). */
  supportNeeded: Record<ActivationLevel, string>;
  copyWay: Record<PlanCopyGiven['how'], string>;
} = {
  attainment: {
    achieved: 'achieved',
    partly: 'partly achieved',
    'not-yet': 'not yet achieved',
    changed: 'goal changed',
  },
  reviewNextStep: {
    continue: 'keep going',
    'new-cycle': 'new plan (another cycle)',
    discharge: 'discharge, with a way back in',
    refer: 'refer on',
  },
  supportNeeded: { 1: 'a lot', 2: 'some', 3: 'a little', 4: 'keeps going under stress' },
  copyWay: {
    printed: 'printed',
    downloaded: 'downloaded',
    inserted: 'inserted',
    'text message': 'sent as a text message',
  },
};

/** The audit page's column and row names: short, capitalised. */
export const AUDIT_WORDS: {
  attainment: Record<Chosen<GoalAttainment>, string>;
  reviewNextStep: Record<Chosen<ReviewNextStep>, string>;
} = {
  attainment: {
    achieved: 'Achieved',
    partly: 'Partly achieved',
    'not-yet': 'Not yet',
    changed: 'Goal changed',
  },
  reviewNextStep: {
    continue: 'Keep going',
    'new-cycle': 'New plan cycle',
    discharge: 'Discharge',
    refer: 'Refer on',
  },
};
