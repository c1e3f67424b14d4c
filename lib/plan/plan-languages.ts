import type { DocumentLanguage, PlanContext } from './plan-types';

/** The languages a plan is written in: 'both' gives English then Welsh. */
export function planLanguages(language: PlanContext['language']): DocumentLanguage[] {
  if (language === 'cy') return ['cy'];
  if (language === 'both') return ['en', 'cy'];
  return ['en'];
}
