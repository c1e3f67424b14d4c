import type { DocumentReference } from '@medplum/fhirtypes';
import { patientHtmlPage } from './patient-html-page';
import type { AgreedPlan } from '../plan/agreed-plan';
import { patientPlansFrom } from '../plan/build-patient-plan';
import { base64Utf8 } from './base64';
import { CARE_PLAN } from './codes/snomed';
import { coded } from './fhir-coding';
import { compact, instant, type DocumentParts } from './fhir-parts';

/** BCP 47 tags of the patient's languages, as the downloaded page's `lang` says them. */
const LANGUAGE_TAG = { en: 'en-GB', cy: 'cy' } as const;

/**
 * The patient's plan as UK Core's care-plan example sends one: a DocumentReference typed
 * "Care plan", carrying the downloaded HTML page itself (base64), one attachment per language
 * of the plan, each with its language, so a receiving system can show the patient's own copy.
 */
export function documentReferenceResource(
  plan: AgreedPlan,
  id: string,
  parts: DocumentParts & { created: string | undefined },
): DocumentReference {
  return compact<DocumentReference>({
    resourceType: 'DocumentReference',
    id,
    status: 'current',
    docStatus: plan.status === 'draft' ? 'preliminary' : 'final',
    type: coded(CARE_PLAN, 'Care plan'),
    subject: parts.subject,
    date: instant(parts.created),
    author: [parts.author],
    custodian: parts.custodian,
    description: 'The patient’s own copy of the plan',
    content: patientPlansFrom(plan).map((doc) => ({
      attachment: compact({
        contentType: 'text/html',
        language: LANGUAGE_TAG[doc.language],
        data: base64Utf8(patientHtmlPage(plan, [doc])),
        title: doc.title,
        creation: parts.created,
      }),
    })),
  });
}
