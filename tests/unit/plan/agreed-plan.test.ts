import { describe, expect, it } from 'vitest';
import type { Consultation } from '../../../lib/domain/consultation';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { blank, complete, context, noTreatment } from './consultations';

const plan = (c: Consultation) => buildAgreedPlan(c, context());
const withAgreement = (over: Partial<Consultation['agreement']>): Consultation => {
  const c = complete();
  return { ...c, agreement: { ...c.agreement, ...over } };
};

describe('the agreed-plan document', () => {
  it.each<[string, Consultation, string]>([
    ['a blank consultation is a draft', blank(), 'draft'],
    ['an option chosen and ticked agreed is agreed', complete(), 'agreed'],
    ['an informed choice of no treatment is agreed', noTreatment(), 'agreed'],
    [
      '"not decided yet" is not decided',
      withAgreement({ chosenOptionIds: [], notDecided: true }),
      'not-decided',
    ],
    [
      'ticked agreed over options with none chosen is not decided',
      withAgreement({ chosenOptionIds: [] }),
      'not-decided',
    ],
    [
      'a goals-only plan ticked agreed is agreed',
      { ...withAgreement({ chosenOptionIds: [] }), options: { ...complete().options, options: [] } },
      'agreed',
    ],
  ])('%s', (_name, c, status) => {
    expect(plan(c).status).toBe(status);
  });

  it('names a chosen do-nothing option as the decision, and "no treatment" only when ticked', () => {
    const wait = withAgreement({ chosenOptionIds: ['o3'] });
    expect(plan(wait).decision).toMatchObject({
      kind: 'chosen',
      chosen: ['Wait and check again'],
      informedNoTreatment: false,
    });
    const ticked = withAgreement({ chosenOptionIds: ['o3'], noTreatment: true });
    expect(plan(ticked).decision).toMatchObject({
      kind: 'chosen',
      chosen: ['Wait and check again'],
      informedNoTreatment: true,
    });
    const treatment = withAgreement({ chosenOptionIds: ['o1'], noTreatment: true });
    expect(plan(treatment).decision.informedNoTreatment).toBe(false);
  });

  it('an option from the grid opened is discussed only when chosen, leaned to, or its rows were marked', () => {
    const c = complete();
    const grid = {
      id: 'raised-blood-pressure',
      options: [{ id: 'o1' }, { id: 'o2' }, { id: 'o3' }],
    } as never;
    const unmarked = { ...c, options: { ...c.options, questionsThatMattered: [] } };
    const discussed = (x: Consultation) =>
      buildAgreedPlan(x, { ...context(), grid })
        .decision.options.filter((o) => o.discussed)
        .map((o) => o.id);
    expect(discussed(unmarked)).toEqual(['o2']);
    expect(discussed(c)).toEqual(['o1', 'o2', 'o3']);
    // Without the grid loaded, every option reads as typed by hand: discussed.
    expect(plan(unmarked).decision.options.every((o) => o.discussed)).toBe(true);
  });

  it('knows what reached the patient', () => {
    expect(plan(complete()).handedOver.given).toBe(false);
    const texted = {
      ...complete(),
      copiesGiven: [{ how: 'text message' as const, languages: ['en' as const], at: '2026-11-23T10:00:00Z' }],
    };
    expect(plan(texted).handedOver).toMatchObject({ given: true, textMessage: true });
  });
});
