import { describe, expect, it } from 'vitest';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildPatientPlan, buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { assessPlanReadability } from '../../../lib/readability/plan-readability';
import { measureReadability } from '../../../lib/readability/reading-ease';
import { blank, complete, context, noTreatment } from '../plan/consultations';

// The clinical review's example: two clinical lines that together score about −31 (reading age 26)
// were shown as 73.5, "easy to read", because every heading and "Label: value" line counted as
// a short sentence.
const CLINICAL = [
  'Commence atorvastatin nightly for primary cardiovascular prevention following the calculated risk assessment.',
  'Repeat the glycated haemoglobin and renal function tests before considering intensification.',
];

function clinicalPlan() {
  const c = blank();
  c.status = 'agreed';
  c.agreement.firstAction = CLINICAL[0] ?? '';
  c.agreement.responsibilities = [{ id: 'r1', who: 'clinician', otherName: '', task: CLINICAL[1] ?? '' }];
  return buildPatientPlan(c, context());
}

describe('honest readability of the patient plan', () => {
  it('the two clinical lines score about −31 together, reading age about 26', () => {
    const together = measureReadability(CLINICAL.join(' '));
    expect(together.readingEase).toBeLessThan(-25);
    expect(together.readingAge).toBeGreaterThanOrEqual(25);
  });

  it('flags each of the two clinical lines with its own figure', () => {
    const reading = assessPlanReadability([clinicalPlan()]);
    expect(reading.hardLines.map((l) => l.text)).toEqual(CLINICAL);
    for (const line of reading.hardLines) {
      expect(line.readingEase).toBeLessThan(0);
      expect(line.readingAge).toBeGreaterThan(20);
      expect(line.readingEase).toBe(measureReadability(line.text).readingEase);
    }
    expect(reading.hardLines.map((l) => l.label)).toEqual(['What', 'Your clinician']);
  });

  it('scores the prose only: headings and labels no longer make a hard plan look easy', () => {
    const doc = clinicalPlan();
    const oldWay = measureReadability(planToPlainText(doc)).readingEase;
    const honest = assessPlanReadability([doc]).overall.readingEase;
    expect(honest).toBeLessThan(oldWay);
  });

  it('says when a Welsh version is not scored, and scores only the English', () => {
    const both = assessPlanReadability(buildPatientPlans(complete(), context('both')));
    expect(both.welshNotScored).toBe(true);
    const welshOnly = assessPlanReadability(buildPatientPlans(complete(), context('cy')));
    expect(welshOnly).toMatchObject({ welshNotScored: true, overall: { words: 0 } });
    expect(assessPlanReadability(buildPatientPlans(complete(), context('en'))).welshNotScored).toBe(false);
  });

  it('never flags the patient’s own quoted words', () => {
    const c = complete();
    c.agenda.whatMatters = CLINICAL[0] ?? '';
    expect(assessPlanReadability([buildPatientPlan(c, context())]).hardLines).toEqual([]);
  });

  it.each([
    ['complete', complete()],
    ['no treatment', noTreatment()],
    ['blank (urgent-help lines and sign-off only)', { ...blank(), status: 'agreed' as const }],
  ])('the generated English of a %s plan keeps Flesch ≥ 60 with no hard line', (_name, c) => {
    const reading = assessPlanReadability([buildPatientPlan(c, context())]);
    expect(reading.overall.readingEase).toBeGreaterThanOrEqual(60);
    expect(reading.hardLines).toEqual([]);
  });
});
