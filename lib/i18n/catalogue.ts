import type { PlanLanguage } from '../domain/consultation';
import { CY } from './cy';
import { EN } from './en';
import type { Catalogue, Language } from './types';

export const CATALOGUES: Record<Language, Catalogue> = { en: EN, cy: CY };

/**
 * The language for prompts the clinician reads aloud: the patient's preferred
 * language from preparation. "Both" reads in English, the clinician's default.
 */
export function promptLanguage(planLanguage: PlanLanguage): Language {
  return planLanguage === 'cy' ? 'cy' : 'en';
}

export function catalogue(language: Language): Catalogue {
  return CATALOGUES[language];
}
