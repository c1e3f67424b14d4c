import { calendar } from './calendar';
import { copyPlain } from './copy-plain';
import { copyRich } from './copy-rich';
import { downloadHtml } from './download-html';
import { downloadText } from './download-text';
import { fhirDownload } from './fhir-download';
import { insertNote } from './insert-note';
import { insertPatient } from './insert-patient';
import type { PlanOutput } from './plan-output';
import { patientView } from './patient-view';
import { textMessage } from './text-message';

/**
 * Every way the plan leaves Cocreate, in the order the panel shows them. Each is a projection of
 * the one agreed-plan document; tests/unit/outputs/conformance.test.ts holds every one of them to
 * the same invariants.
 */
export const PLAN_OUTPUTS: readonly PlanOutput[] = [
  insertNote,
  insertPatient,
  copyPlain,
  copyRich,
  patientView,
  downloadHtml,
  downloadText,
  fhirDownload,
  calendar,
  textMessage,
];
