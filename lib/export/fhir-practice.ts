import type { Condition, Organization, Patient, Reference } from '@medplum/fhirtypes';
import type { AgreedPlan } from '../plan/agreed-plan';
import { clean } from '../domain/read-values';
import { CONDITION_ACTIVE, PROBLEM_LIST_ITEM } from './codes/r4-codes';
import { UK_CORE_ORGANIZATION } from './fhir-codes';
import { coded } from './fhir-coding';
import { compact } from './fhir-parts';

/**
 * PCSP GP practice: the practice named in Settings, as a UK Core Organization. Settings hold no
 * ODS code, so it carries no identifier; the telephone is a phone number only when it looks like one.
 */
export function practiceResource(plan: AgreedPlan, id: string): Organization | null {
  const name = plan.contact.practiceName;
  if (!name) return null;
  const phone = plan.contact.practiceContact;
  return compact<Organization>({
    resourceType: 'Organization',
    id,
    meta: { profile: [UK_CORE_ORGANIZATION] },
    name,
    telecom: phone ? [{ system: /^[\d\s()+-]+$/.test(phone) ? 'phone' : 'other', value: phone }] : undefined,
  });
}

/**
 * The problem the decision is about as a problem-list Condition. It is typed freely, with no
 * known list to code it from, so its code is the clinician's words.
 */
export function problemResource(
  plan: AgreedPlan,
  id: string,
  subject: Reference<Patient>,
  recorded: string | undefined,
): Condition | null {
  const problem = clean(plan.source.options.problem);
  if (!problem) return null;
  return compact<Condition>({
    resourceType: 'Condition',
    id,
    clinicalStatus: coded(CONDITION_ACTIVE, 'Active'),
    category: [coded(PROBLEM_LIST_ITEM, 'Problem list item')],
    code: { text: problem },
    subject,
    recordedDate: recorded,
  });
}
