import type { Language } from '../i18n/types';

/**
 * The languages the patient's collaboRATE screen may offer. The instrument's licence
 * (CC BY-NC-ND 3.0) allows no derivative, and a translation is one: the Welsh is offered only
 * once the practice has recorded the authors' agreement (setting `collaborateWelshAgreement`,
 * docs/collaborate.md, "Welsh"). Until then the screen is English only.
 */
export function handOverLanguages(welshAgreement: unknown): readonly Language[] {
  return typeof welshAgreement === 'string' && welshAgreement.trim() !== '' ? ['en', 'cy'] : ['en'];
}

/** The language the screen opens in: the one asked for, if it may be offered; else English. */
export function handOverLanguage(requested: Language, welshAgreement: unknown): Language {
  return handOverLanguages(welshAgreement).includes(requested) ? requested : 'en';
}
