/**
 * The shape of one row of the PRSB mapping (lib/standards/prsb-mapping.ts) and the small
 * builders the rows are written with.
 */

/** PCSP: Personalised Care and Support Plan standard. SDM: Shared Decision Making standard. */
export type PrsbStandard = 'PCSP' | 'SDM';

/** PRSB's `mro`: mandatory, required (include if held), optional; 'none' where the model gives none. */
export type Conformance = 'M' | 'R' | 'O' | 'none';

export interface PrsbElement {
  standard: PrsbStandard;
  /** Names from the model's top section down to the element, exactly as PRSB spells them. */
  path: readonly string[];
  conformance: Conformance;
}

/** Where the FHIR export carries a row, or the plain reason it does not. */
export type FhirCarriage =
  /** A FHIRPath starting at a resource type, evaluated over each resource of that type in the bundle. */
  | { kind: 'exported'; path: string }
  /** Cocreate captures it; the export does not carry it yet. */
  | { kind: 'not-exported'; reason: string }
  /** Cocreate does not capture it at all. */
  | { kind: 'not-captured'; reason: string };

export interface PrsbRow {
  /** Stable key the tests use to name a row. */
  id: string;
  /** The PRSB element it fills, or null for a Cocreate line no PRSB element asks for. */
  prsb: PrsbElement | null;
  /** Clinician note: section id and line label(s), or '—'. */
  note: string;
  /** Patient plan: section id(s), or '—'. */
  plan: string;
  fhir: FhirCarriage;
}

export const exported = (path: string): FhirCarriage => ({ kind: 'exported', path });
export const notExported = (reason: string): FhirCarriage => ({ kind: 'not-exported', reason });
export const notCaptured = (reason: string): FhirCarriage => ({ kind: 'not-captured', reason });

export const pcsp = (conformance: Conformance, ...path: string[]): PrsbElement => ({
  standard: 'PCSP',
  path,
  conformance,
});
export const sdm = (conformance: Conformance, ...path: string[]): PrsbElement => ({
  standard: 'SDM',
  path,
  conformance,
});

/** The reason shared by what the plan document does not carry yet. */
export const NEXT = 'not yet exported: not in the plan document yet';

/** A FHIRPath to the narrative of the Composition section with this UK Core heading code. */
export const section = (code: string) => `Composition.section.where(code.coding.code = '${code}').text.div`;

/** A FHIRPath into the Observation of each option discussed. */
export const option = (then: string) => `Observation.where(code.text = 'Option discussed').${then}`;

/** A FHIRPath into the Observation of the review of the earlier plan. */
export const attainment = (then: string) =>
  `Observation.where(code.text = 'Goal attainment at review').${then}`;
