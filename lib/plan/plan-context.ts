import type { Consultation } from '../domain/consultation';
import type { PlanContext } from './plan-types';
import type { Settings } from '../settings/settings';

/**
 * The patient's own choice of language wins; an untouched English default gives way to
 * the practice's setting (e.g. a Welsh-first practice). The plan is dated on the day of
 * the consultation, so it reads the same whenever it is reopened.
 */
export function planContextFor(consultation: Consultation, settings: Settings): PlanContext {
  const chosen = consultation.preparation.language;
  return {
    settings,
    date: consultation.createdAt,
    language: chosen !== 'en' ? chosen : settings.planLanguage,
  };
}

/** Extra-large type when the patient asked for large print (docs/framework.md, "Who it serves"). */
export function printSize(consultation: Consultation, settings: Settings): 'large' | 'extra-large' {
  return consultation.preparation.largePrint || settings.largePrint ? 'extra-large' : 'large';
}
