import { describe, expect, it } from 'vitest';
import { carryForward } from '../../../lib/review/carry-forward';
import { carriedItems, dropCarried, keepCarried } from '../../../lib/review/carried-items';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildPatientPlan } from '../../../lib/plan/build-patient-plan';
import { blank, complete, context } from '../plan/consultations';

function newCycle() {
  const earlier = complete();
  earlier.agreement.baseline = {
    ...earlier.agreement.baseline,
    clinicalLabel: 'HbA1c',
    clinicalValue: '58',
    clinicalUnit: 'mmol/mol',
  };
  const review = blank();
  return carryForward(earlier, review)(blank());
}

describe('a new cycle shows each carried item to keep or drop', () => {
  it('lists every item copied forward, the old clinical value included', () => {
    const items = carriedItems(newCycle());
    const paths = items.map((i) => i.path);
    expect(paths).toContain('agreement.goal');
    expect(paths).toContain('agreement.responsibilities.r2');
    expect(paths).toContain('agreement.baseline.clinicalValue');
    expect(items.find((i) => i.path === 'agreement.baseline.clinicalValue')?.text).toBe('HbA1c: 58 mmol/mol');
  });

  it('keeping an item leaves it in the plan and off the list', () => {
    const kept = keepCarried(newCycle(), 'agreement.goal');
    expect(kept.agreement.goal).toBe('Walk to the allotment without stopping by the spring');
    expect(carriedItems(kept).map((i) => i.path)).not.toContain('agreement.goal');
  });

  it('dropping a finished task or an old value takes it out of the new plan', () => {
    let c = dropCarried(newCycle(), 'agreement.responsibilities.r2');
    c = dropCarried(c, 'agreement.baseline.clinicalValue');
    c = dropCarried(c, 'agreement.firstAction');
    expect(c.agreement.responsibilities.map((r) => r.id)).toEqual(['r1', 'r3']);
    const text = planToPlainText(buildPatientPlan(c, context()));
    expect(text).not.toContain('Send the blood test form');
    expect(text).not.toContain('58 mmol/mol');
    expect(text).not.toContain('Walk for 10 minutes after lunch');
    expect(carriedItems(c).map((i) => i.path)).not.toContain('agreement.firstAction');
  });

  it('a record without the list (saved before it existed) carries nothing to check', () => {
    const c = complete();
    delete (c as { carriedForward?: string[] }).carriedForward;
    expect(carriedItems(c)).toEqual([]);
  });
});
