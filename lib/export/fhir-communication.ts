import type { Consultation } from '../domain/consultation';
import { clean } from '../domain/read-values';
import { COMMUNICATION_NOTE, LARGE_PRINT_YES, PLAN_LANGUAGE_WORDS } from './fhir-format';

/**
 * How to communicate with the patient (PCSP "How I communicate and how to communicate with me":
 * preferred language, how they like to receive information) as CarePlan notes of their own, in
 * Cocreate's words, so a receiving system shows each and the reader takes each back
 * (read-fhir-communication.ts). Why notes and not Composition.language or Patient.communication:
 * docs/standards.md, "Reading back". Only what differs from a fresh consultation is written.
 */
export function communicationNotes(c: Consultation): string[] {
  const p = c.preparation;
  const language = p.language === 'cy' || p.language === 'both' ? PLAN_LANGUAGE_WORDS[p.language] : '';
  return [
    language ? `${COMMUNICATION_NOTE.planLanguage}${language}` : '',
    clean(p.communicationNeeds)
      ? `${COMMUNICATION_NOTE.communicationNeeds}${clean(p.communicationNeeds)}`
      : '',
    p.largePrint === true ? `${COMMUNICATION_NOTE.largePrint}${LARGE_PRINT_YES}` : '',
  ];
}
