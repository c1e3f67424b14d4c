import type { PlanLanguage } from '../domain/consultation';
import type { Language } from './types';

/**
 * The settings page's words for choice values, keyed by value (lib/domain/choice-values.ts). The
 * page is in English for whoever sets Cocreate up, so these are apart from the panel's `choices`.
 */
export const SETTINGS_WORDS: {
  /** The default language of the patient's plan (PLAN_LANGUAGES). */
  planLanguage: Record<PlanLanguage, string>;
  /** The language of the clinician's own panel: the languages the catalogue exists in (LANGUAGES). */
  panelLanguage: Record<Language, string>;
} = {
  planLanguage: { en: 'English', cy: 'Welsh (Cymraeg)', both: 'English and Welsh' },
  panelLanguage: { en: 'English', cy: 'Welsh (Cymraeg)' },
};
