import { originOf } from './binding';
import type { PageFacts } from './page-types';

/**
 * What identifies the patient on an EHR page, as far as Cocreate can tell from outside: the site,
 * the part of the address that names the patient, the page title and the patient banner. A
 * consultation is bound to the first one it chose a field in; any other is written into only
 * after the clinician confirms it is the same patient (docs/architecture.md, "Writing into the EHR").
 */
export interface EhrContext {
  site: string;
  /** "patients/8842", "patient=2", '' when the address names no patient. */
  patientKey: string;
  title: string;
  /** The banner as read, '' when no banner selector matched. Held in the panel only, never stored. */
  banner: string;
}

export type ContextDifference = 'site' | 'patient-key' | 'title' | 'banner';

/** Path segments that come before a patient's id in single-page EHRs ("/patients/8842"). */
const PATIENT_SEGMENT = /^(patients?|persons?|people|clients?|records?|charts?|subjects?|pt|mrn|nhs)$/i;
/** Query names that carry a patient's id ("?patient=2", "?pid=…", "?nhsNumber=…"). */
const PATIENT_QUERY =
  /^(patient|patientid|patient_id|pid|mrn|nhs|nhsnumber|nhs_number|person|personid|subject|chart|record|recordid|client|clientid)$/i;
/** A segment that looks like an identifier on its own: a long number or a UUID. */
const ID_LIKE = /^(\d{4,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The parts of an address that name a patient, in the path, the query or a hash route. */
export function patientKeyOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const keys: string[] = [];
  const hash = parsed.hash.replace(/^#!?/, '');
  const [hashPath = '', hashQuery = ''] = hash.split('?');
  const segments = [...parsed.pathname.split('/'), ...hashPath.split('/')].filter(Boolean);
  segments.forEach((segment, n) => {
    const before = segments[n - 1] ?? '';
    if (PATIENT_SEGMENT.test(before) || ID_LIKE.test(segment)) keys.push(`${before}/${segment}`);
  });
  for (const query of [parsed.searchParams, new URLSearchParams(hashQuery)])
    for (const [name, value] of query) if (PATIENT_QUERY.test(name)) keys.push(`${name}=${value}`);
  return keys.join(' ');
}

export function contextOf(facts: PageFacts): EhrContext {
  return {
    site: originOf(facts.url),
    patientKey: patientKeyOf(facts.url),
    title: facts.title,
    banner: facts.banner,
  };
}

/**
 * How `now` differs from `bound`, each difference a sign of another patient. A title or banner
 * that appears or goes counts: an EHR that stops showing its banner has not shown it is the same.
 */
export function contextDifferences(bound: EhrContext, now: EhrContext): ContextDifference[] {
  const differences: ContextDifference[] = [];
  if (bound.site !== now.site) differences.push('site');
  if (bound.patientKey !== now.patientKey) differences.push('patient-key');
  if (bound.title !== now.title) differences.push('title');
  if (bound.banner !== now.banner) differences.push('banner');
  return differences;
}
