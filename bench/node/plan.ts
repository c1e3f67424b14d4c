import { buildPatientPlans } from '../../lib/plan/build-patient-plan';
import { buildClinicianNote } from '../../lib/plan/clinician-note';
import type { PlanContext } from '../../lib/plan/plan-types';
import { fhirJsonFrom } from '../../lib/export/fhir';
import { buildAgreedPlan } from '../../lib/plan/build-agreed-plan';
import { planToHtmlFragment, plansToHtmlPage } from '../../lib/export/html';
import { planToPlainText, plansToPlainText } from '../../lib/export/plain-text';
import type { Consultation } from '../../lib/domain/consultation';
import { fullConsultation } from '../fixtures/consultation';
import type { Figure } from '../report/figure';
import { median, sampleSync } from '../report/stats';

const CONTEXT: PlanContext = {
  settings: {
    clinicianName: 'Dr Rhian Evans',
    clinicianRole: 'GP',
    practiceName: 'Heol y Bont Surgery',
    practiceContact: '029 2000 0000',
  },
  date: '2026-11-23',
  // Both languages: the largest patient version the sidebar writes.
  language: 'both',
};

/** Everything the plan panel and its exports produce from one consultation, as text. */
export function renderAllPlans(consultation: Consultation, context: PlanContext = CONTEXT): number {
  const patient = buildPatientPlans(consultation, context);
  const note = buildClinicianNote(consultation, context);
  const html = plansToHtmlPage(patient, { title: 'Our plan', size: 'large' });
  const fragments = patient.map((doc) => planToHtmlFragment(doc)).join('');
  const text = plansToPlainText(patient) + planToPlainText(note);
  // The FHIR file's text, as the download writes it (lib/outputs/fhir-download.ts).
  const fhir = fhirJsonFrom(buildAgreedPlan(consultation, context));
  return html.length + fragments.length + text.length + fhir.length;
}

/**
 * Plan build + render for a full consultation (docs/performance.md, budget ≤ 2 ms median),
 * against JSON.stringify of the same consultation in the same run.
 */
export function planBench(samples = 2000): Promise<Figure[]> {
  const consultations = Array.from({ length: 20 }, (_, index) => fullConsultation({ index }));
  let next = 0;
  const pick = () => consultations[next++ % consultations.length] ?? fullConsultation();
  const baseline = sampleSync(() => JSON.stringify(pick()), samples);
  const times = sampleSync(() => renderAllPlans(pick()), samples);
  const output = renderAllPlans(pick());
  return Promise.resolve([
    {
      id: 'plan',
      name: 'Plan: build + render all versions (median)',
      value: median(times),
      unit: 'ms',
      baseline: { name: 'JSON.stringify of the consultation', value: median(baseline) },
      budget: { max: 2, of: 'value' },
      method:
        'Node (V8), full seven-element consultations: patient version in English and Welsh (plan documents, HTML page, HTML fragments, plain text), clinician note (plain text) and FHIR bundle (JSON), one consultation per sample.',
      notes: [`${samples} samples after warm-up; ${output} characters of output per consultation`],
    },
  ]);
}
