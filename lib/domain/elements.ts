import type { CONSULTATION_PATHS } from './choice-values';

/**
 * The seven elements of the cocreating health framework (docs/framework.md,
 * "The seven elements"), in their usual order. The order is a suggestion only:
 * the framework is iterative and the sidebar lets a clinician move freely.
 */
export const ELEMENT_IDS = [
  'preparation',
  'agenda',
  'information',
  'options',
  'agreement',
  'implementation',
  'review',
] as const;

export type ElementId = (typeof ELEMENT_IDS)[number];

/** The GP quick path (docs/quick-path.md): agenda → options → agreed plan. */
export const QUICK_PATH: readonly ElementId[] = ['agenda', 'options', 'agreement'];

export type ConsultationPath = (typeof CONSULTATION_PATHS)[number];
