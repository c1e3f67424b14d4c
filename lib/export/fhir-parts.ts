import type { Annotation, Organization, Patient, Practitioner, Reference } from '@medplum/fhirtypes';
import type { Consultation } from '../domain/consultation';
import { clean } from '../domain/read-values';
import { LOCAL_PATIENT_SYSTEM } from './fhir-format';

/** Small pieces every resource of the export shares. Type-only medplum imports: nothing ships. */

/** A real calendar date as YYYY-MM-DD, or undefined. */
export function isoDate(value: unknown): string | undefined {
  const s = clean(value).slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : undefined;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A FHIR instant (date, time and zone), or undefined. */
export const instant = (value: string | undefined): string | undefined =>
  value && INSTANT.test(value) ? value : undefined;

/**
 * The moment the plan was written as a FHIR dateTime: the full instant when known, else the
 * day alone (FHIR forbids a time without a zone), else undefined.
 */
export function writtenAt(date: Date | string): string | undefined {
  const s = date instanceof Date ? (Number.isNaN(date.getTime()) ? '' : date.toISOString()) : clean(date);
  return instant(s) ?? isoDate(s);
}

export const note = (text: string): Annotation[] => (clean(text) ? [{ text: clean(text) }] : []);

/**
 * The patient by local reference only: the sidebar never holds an NHS number, so
 * the subject is the clinician's own reference, as an identifier plus display.
 */
export function patientRef(c: Consultation): Reference<Patient> {
  const ref = clean(c.patientRef) || 'unknown';
  return { type: 'Patient', identifier: { system: LOCAL_PATIENT_SYSTEM, value: ref }, display: ref };
}

/** Removes keys whose value is undefined or an empty array: FHIR forbids empty elements. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = v;
  }
  return out as T;
}

/** Who a document is about, who wrote it and which practice keeps it. */
export interface DocumentParts {
  author: Reference<Organization | Practitioner>;
  subject: Reference<Patient>;
  custodian: Reference<Organization> | undefined;
}
