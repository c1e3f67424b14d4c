import { describe, expect, it } from 'vitest';
import { sureAnswers, sureNeedsRevisit, sureScore } from '../../../lib/plan/understanding';
import type { Consultation, SureAnswers } from '../../../lib/domain/consultation';
import { planToPlainText, plansToPlainText } from '../../../lib/export/plain-text';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { blank, complete, context } from '../plan/consultations';

const understood = (sure: SureAnswers): Consultation => {
  const c = complete();
  return {
    ...c,
    agreement: { ...c.agreement, teachBack: true, commitment: 'I will walk after lunch on weekdays', sure },
  };
};

describe('understanding and commitment', () => {
  it.each<[SureAnswers, number | null, boolean]>([
    [[true, true, true, true], 4, false],
    [[true, false, true, true], 3, true],
    [[false, false, false, false], 0, true],
    [[true, null, true, true], null, false],
    [[null, false, null, null], null, true],
  ])('SURE %j scores %s, revisit %s', (answers, score, revisit) => {
    expect(sureScore(answers)).toBe(score);
    expect(sureNeedsRevisit(answers)).toBe(revisit);
  });

  it('reads a record saved before these fields existed as nothing recorded', () => {
    const older = { ...complete().agreement };
    delete older.teachBack;
    delete older.commitment;
    delete older.sure;
    expect(sureAnswers(older)).toEqual([null, null, null, null]);
    const text = planToPlainText(buildClinicianNote({ ...complete(), agreement: older }, context()));
    expect(text).not.toContain('Understanding and commitment');
  });

  it('puts teach-back, the commitment and the SURE score into the note', () => {
    const text = planToPlainText(buildClinicianNote(understood([true, false, true, false]), context()));
    expect(text).toContain('Understanding and commitment');
    expect(text).toContain('Teach-back: understanding checked, plan said back in own words');
    expect(text).toContain('Commitment (patient): “I will walk after lunch on weekdays”');
    expect(text).toContain(
      'SURE: 2/4 (no: Understand, Encouragement; possible decisional conflict, revisit)',
    );
  });

  it('quotes the commitment in the patient plan, in English and Welsh', () => {
    const c = understood([true, true, true, true]);
    c.preparation = { ...c.preparation, language: 'both' };
    const text = plansToPlainText(buildPatientPlans(c, context('both')));
    expect(text).toContain('What you said you will do\n“I will walk after lunch on weekdays”');
    expect(text).toContain('Beth ddywedoch chi y byddwch yn ei wneud\n“I will walk after lunch on weekdays”');
  });

  it('adds nothing to a blank consultation', () => {
    expect(planToPlainText(buildClinicianNote(blank(), context()))).not.toContain('SURE');
  });
});
