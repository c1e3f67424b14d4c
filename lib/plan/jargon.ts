import type { Consultation } from '../domain/consultation';

/** A word patients often do not know, and the plain words to use instead (issue 5, "Readability"). */
export interface JargonEntry {
  term: string;
  plain: string;
}

/**
 * Matched as whole words. Capitalised abbreviations (MI, PRN) match only in capitals, so the
 * Welsh "mi" or an ordinary word is never flagged; the rest match in any case.
 */
export const JARGON: readonly JargonEntry[] = [
  { term: 'hypertension', plain: 'high blood pressure' },
  { term: 'hypotension', plain: 'low blood pressure' },
  { term: 'hyperlipidaemia', plain: 'high cholesterol' },
  { term: 'hypercholesterolaemia', plain: 'high cholesterol' },
  { term: 'analgesia', plain: 'painkillers' },
  { term: 'analgesic', plain: 'painkiller' },
  { term: 'NSAID', plain: 'anti-inflammatory painkiller' },
  { term: 'myocardial infarction', plain: 'heart attack' },
  { term: 'MI', plain: 'heart attack' },
  { term: 'CVA', plain: 'stroke' },
  { term: 'dyspnoea', plain: 'shortness of breath' },
  { term: 'oedema', plain: 'swelling' },
  { term: 'chronic', plain: 'long-lasting' },
  { term: 'benign', plain: 'not harmful' },
  { term: 'prognosis', plain: 'what is likely to happen' },
  { term: 'titrate', plain: 'adjust the dose' },
  { term: 'adherence', plain: 'taking it as planned' },
  { term: 'od', plain: 'once a day' },
  { term: 'bd', plain: 'twice a day' },
  { term: 'bid', plain: 'twice a day' },
  { term: 'tds', plain: 'three times a day' },
  { term: 'tid', plain: 'three times a day' },
  { term: 'qds', plain: 'four times a day' },
  { term: 'PRN', plain: 'when needed' },
  { term: 'nocte', plain: 'at night' },
  { term: 'mg', plain: 'milligrams' },
  { term: 'mcg', plain: 'micrograms' },
  { term: 'mmHg', plain: '(blood pressure units)' },
  { term: 'BP', plain: 'blood pressure' },
  { term: 'T2DM', plain: 'type 2 diabetes' },
  { term: 'HbA1c', plain: 'long-term blood sugar test' },
];

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Digits may touch an abbreviation ("5mg"), letters may not ("bd" inside "abdomen").
const pattern = (term: string) =>
  new RegExp(`(?<![A-Za-z])${escapeRegExp(term)}(?![A-Za-z])`, /^[A-Z0-9]+$/.test(term) ? 'g' : 'gi');

/** The jargon terms found in a text, each once, in list order. */
export function findJargon(text: string, list: readonly JargonEntry[] = JARGON): JargonEntry[] {
  return list.filter((entry) => pattern(entry.term).test(text));
}

/** Replaces a term with its plain words in one string. */
export function replaceTerm(text: string, entry: JargonEntry): string {
  return text.replace(pattern(entry.term), entry.plain);
}

// Identifiers and references are not prose: never rewrite them.
const SKIP_KEY = /(^id$|Id$|Ids$|^patientRef$|^version$|^status$|^path$)/;

function replaceDeep(value: unknown, entry: JargonEntry, key = ''): unknown {
  if (SKIP_KEY.test(key)) return value;
  if (typeof value === 'string') return replaceTerm(value, entry);
  if (Array.isArray(value)) return value.map((item) => replaceDeep(item, entry));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceDeep(v, entry, k)]));
  }
  return value;
}

/** The consultation with one jargon term replaced in every piece of prose (the clinician's one-key accept). */
export function acceptPlainWords(consultation: Consultation, entry: JargonEntry): Consultation {
  return replaceDeep(consultation, entry) as Consultation;
}
