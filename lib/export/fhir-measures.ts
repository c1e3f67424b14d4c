import type { CodeableConcept, Observation, Quantity } from '@medplum/fhirtypes';
import type { SourcedCode } from './codes/sourced-code';
import { UCUM } from './codes/sourced-code';
import {
  BLOOD_PRESSURE,
  BMI,
  BODY_WEIGHT,
  HBA1C,
  LABORATORY_CATEGORY,
  VITAL_SIGNS_CATEGORY,
} from './codes/vital-signs';
import { coded, coding } from './fhir-coding';
import { compact } from './fhir-parts';

/**
 * A typed clinical measure as an Observation's code and value: LOINC and UCUM where the label,
 * value and unit are recognisably blood pressure ("152/94"), HbA1c in mmol/mol, weight in kg or
 * BMI; anything else stays the clinician's words with no category, never guessed into a code.
 */
export type MeasureFields = Pick<
  Observation,
  'category' | 'code' | 'valueQuantity' | 'valueString' | 'component'
>;

const NUMBER = /^\d+(\.\d+)?$/;
const BP = /^(\d{2,3})\s*\/\s*(\d{2,3})$/;

const quantity = (value: number, typed: string, unit: SourcedCode): Quantity => ({
  value,
  unit: typed || unit.code,
  system: UCUM,
  code: unit.code,
});

const category = (c: SourcedCode) => [{ coding: [coding(c)] }];

interface Known {
  label: RegExp;
  unit: RegExp;
  code: SourcedCode;
  unitCode: SourcedCode;
  category: SourcedCode;
}

const SINGLE: readonly Known[] = [
  {
    label: /\bhba1c\b/i,
    unit: /^mmol\/mol$/i,
    code: HBA1C.code,
    unitCode: HBA1C.unit,
    category: LABORATORY_CATEGORY,
  },
  {
    label: /\bweight\b/i,
    unit: /^kgs?$/i,
    code: BODY_WEIGHT.code,
    unitCode: BODY_WEIGHT.unit,
    category: VITAL_SIGNS_CATEGORY,
  },
  {
    label: /\bbmi\b|body mass index/i,
    unit: /^(|kg\/m2|kg\/m²)$/i,
    code: BMI.code,
    unitCode: BMI.unit,
    category: VITAL_SIGNS_CATEGORY,
  },
];

function bloodPressure(label: string, value: string, unit: string): MeasureFields | null {
  const m = BP.exec(value);
  if (!m || !/blood pressure|\bbp\b/i.test(label) || !/^(|mm ?hg|mm\[hg\])$/i.test(unit)) return null;
  const part = (code: SourcedCode, n: string) => ({
    code: coded(code, code.display),
    valueQuantity: quantity(Number(n), unit, BLOOD_PRESSURE.unit),
  });
  return {
    category: category(VITAL_SIGNS_CATEGORY),
    code: coded(BLOOD_PRESSURE.panel, label),
    component: [part(BLOOD_PRESSURE.systolic, m[1]!), part(BLOOD_PRESSURE.diastolic, m[2]!)],
  };
}

export function measureFields(label: string, value: string, unit: string): MeasureFields {
  const bp = bloodPressure(label, value, unit);
  if (bp) return bp;
  const known = NUMBER.test(value) ? SINGLE.find((k) => k.label.test(label) && k.unit.test(unit)) : undefined;
  if (known) {
    return {
      category: category(known.category),
      code: coded(known.code, label),
      valueQuantity: quantity(Number(value), unit, known.unitCode),
    };
  }
  const code: CodeableConcept = { text: label };
  // A number with its unit as a Quantity; anything else as words, unit included.
  return /^-?\d+(\.\d+)?$/.test(value)
    ? { code, valueQuantity: compact({ value: Number(value), unit: unit || undefined }) }
    : { code, valueString: [value, unit].filter(Boolean).join(' ') };
}
