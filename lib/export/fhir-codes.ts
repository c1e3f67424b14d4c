import type { Coding } from '@medplum/fhirtypes';
import { DECISION_STATUS_CODING } from './codes/decision-status';
import { SOURCED_CODES } from './codes/index';
import { coding } from './fhir-coding';

/**
 * Every profile URL and code the FHIR export uses, each one copied from a published source that
 * docs/standards.md quotes. Anything not listed here is exported as text: no code is made up.
 */

/** UK Core CarePlan (HL7 UK), canonical URL as published on Simplifier (docs/standards.md, "Profiles"). */
export const UK_CORE_CAREPLAN = 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan';

/** UK Core Organization (the GP practice), as in ../shared/standards/uk-core. */
export const UK_CORE_ORGANIZATION = 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization';

const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

/**
 * Base R4 observation categories (terminology.hl7.org CodeSystem observation-category). A
 * clinical measure is vital-signs or laboratory when coded (lib/export/codes), else it has none.
 */
export const CATEGORY = {
  survey: { system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' },
} as const satisfies Record<string, Coding>;

const READINESS = 'http://hl7.org/fhir/us/pco/CodeSystem/readiness-assessment-concepts-temporary';

/**
 * PCO IG STU1 readiness codes. The IG marks them temporary ("for non-production use while new
 * standard terminology codes are submitted"): docs/standards.md says so to the reader.
 */
export const READINESS_CODE = {
  importance: { system: READINESS, code: 'importance', display: 'Importance of change' },
  confidence: { system: READINESS, code: 'confidence', display: 'Confidence to change' },
} as const satisfies Record<string, Coding>;

/** PCO IG STU1 category for "what matters" observations (CodeSystem pco-concepts-temporary). */
export const WHAT_MATTERS_CATEGORY = {
  system: 'http://hl7.org/fhir/us/pco/CodeSystem/pco-concepts-temporary',
  code: 'what-matters',
  display: 'What Matters',
} as const satisfies Coding;

/** PCO IG STU1 ValueSet goal-barrier-codes: its one SNOMED CT concept (a UK extension concept). */
export const GOAL_BARRIER_CODE = {
  system: 'http://snomed.info/sct',
  code: '811791000000103',
  display: 'Identifying barriers to goal achievement',
} as const satisfies Coding;

/** RFC 3986 identifiers (base R4 "Identifier.system" guidance for urn:uuid values). */
export const URI_SYSTEM = 'urn:ietf:rfc:3986';

/** Every coding the export may write: a test checks each bundle against this list. */
export const VERIFIED_CODINGS: readonly Coding[] = [
  ...Object.values(CATEGORY),
  ...Object.values(READINESS_CODE),
  WHAT_MATTERS_CATEGORY,
  GOAL_BARRIER_CODE,
  ...SOURCED_CODES.map(coding),
  ...Object.values(DECISION_STATUS_CODING),
];
