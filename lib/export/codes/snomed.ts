import { SNOMED_CT, type SourcedCode } from './sourced-code';

/** SNOMED CT concepts the plan document can carry, each checked against the source named. */

/** The kind of document and plan: UK Core's own care-plan example types its DocumentReference so. */
export const CARE_PLAN: SourcedCode = {
  system: SNOMED_CT,
  code: '734163000',
  display: 'Care plan',
  source: {
    where: 'shared',
    ref: 'uk-core/examples/UKCore-DocumentReference-CarePlanReportPDF-Example.xml',
    quote: 'DocumentReference.type: 734163000 "Care plan"; also in ValueSet UKCore-CompositionCategory',
  },
};

/**
 * A referral or a service offered (CarePlan.activity.detail.code). Only the general concept:
 * no source here names the concept for each brief-intervention topic (smoking, moving more,
 * weight, alcohol), so the topic and service stay text beside it.
 */
export const PATIENT_REFERRAL: SourcedCode = {
  system: SNOMED_CT,
  code: '3457005',
  display: 'Patient referral',
  source: {
    where: 'web',
    ref: 'https://hl7.org/fhir/STU3/valueset-referral-type.html',
    quote: 'HL7 FHIR ValueSet referral-type: "where concept is-a 3457005 (Patient referral)"',
  },
  caution:
    'Checked against HL7 value sets, not the UK SNOMED CT browser; "Patient referral" is the international preferred term.',
};

export const SNOMED_CODES: readonly SourcedCode[] = [CARE_PLAN, PATIENT_REFERRAL];
