import { describe, expect, it } from 'vitest';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { buildTextMessage } from '../../../lib/sms/text-message';
import { complete, context } from '../plan/consultations';

/**
 * A text message sent to the wrong number, or a printout left on the printer or handed to the
 * wrong patient, discloses what it says (docs/clinical-safety/hazard-log.md). What the patient
 * takes away carries no patient identifier: not the reference the clinician typed.
 */
describe('what leaves with the patient names no patient', () => {
  const c = { ...complete(), patientRef: 'AE 1961' };

  it('the text message carries no patient reference', () => {
    const text = buildTextMessage({ consultation: c, settings: context('en').settings });
    expect(text).toContain(c.agreement.firstAction.slice(0, 20));
    expect(text).not.toContain('AE 1961');
    expect(text).not.toContain('AE1961');
  });

  it.each(['en', 'cy'] as const)('the %s printed plan carries no patient reference', (language) => {
    const [plan] = buildPatientPlans(c, context(language));
    const text = planToPlainText(plan!);
    expect(text.length).toBeGreaterThan(200);
    expect(text).not.toContain('AE 1961');
  });
});
