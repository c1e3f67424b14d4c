import type { Nation } from '../domain/nation';

/**
 * Services and numbers that exist in some UK nations only, as a grid line may name them in
 * English or Welsh. A line shown to a practice in a nation where the service does not exist
 * sends the patient nowhere (there is no NHS 111 in Northern Ireland; NHS 111 Wales is not
 * England's service). Names follow lib/plan/urgent-help.ts and docs/urgent-help.md.
 */
export interface NationService {
  name: string;
  /** The nations where it exists. */
  nations: readonly Nation[];
  /** How a line names it, in English or Welsh. */
  pattern: RegExp;
}

export const NATION_SERVICES: readonly NationService[] = [
  // Any 111 number: England (NHS 111), Wales (NHS 111 Wales) and Scotland (NHS 24 on 111).
  { name: 'the 111 number', nations: ['england', 'wales', 'scotland'], pattern: /\b111\b/ },
  {
    name: 'NHS 111 (England)',
    nations: ['england'],
    pattern: /\b(NHS|GIG) 111\b(?! (Wales|Cymru))|111\.nhs\.uk/,
  },
  { name: 'NHS 111 Wales', nations: ['wales'], pattern: /NHS 111 Wales|GIG 111 Cymru|111\.wales/ },
  { name: 'NHS 24', nations: ['scotland'], pattern: /NHS 24\b/ },
  { name: 'Lifeline', nations: ['northern-ireland'], pattern: /\bLifeline\b/ },
  { name: 'NHS Talking Therapies', nations: ['england'], pattern: /NHS Talking Therapies/ },
  { name: 'LPMHSS', nations: ['wales'], pattern: /\bLPMHSS\b/ },
  { name: 'Help Me Quit', nations: ['wales'], pattern: /Help Me Quit|Helpa Fi i Stopio|helpmequit\.wales/i },
  { name: 'NHS Quit Smoking (England)', nations: ['england'], pattern: /NHS Quit Smoking/ },
  { name: 'Quit Your Way Scotland', nations: ['scotland'], pattern: /Quit Your Way/ },
];

/** The services `text` names that do not exist in `nation`. */
export function servicesAbsentIn(text: string, nation: Nation): string[] {
  return NATION_SERVICES.filter((s) => !s.nations.includes(nation) && s.pattern.test(text)).map(
    (s) => s.name,
  );
}
