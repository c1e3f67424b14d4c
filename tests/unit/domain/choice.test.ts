import { describe, expect, it } from 'vitest';
import { chooseNoTreatment, chooseOption } from '../../../lib/domain/choice';
import type { Consultation } from '../../../lib/domain/consultation';
import { newConsultation } from '../../../lib/domain/new-consultation';

function withOptions(): Consultation {
  const c = newConsultation({ id: 'c', now: new Date(0), path: 'quick', plannedMinutes: 10 });
  return {
    ...c,
    options: {
      ...c.options,
      options: [
        { id: 'tablets', label: 'Tablets', pros: '', cons: '', isDoNothing: false },
        { id: 'lifestyle', label: 'Healthy changes first', pros: '', cons: '', isDoNothing: false },
        { id: 'wait', label: 'Wait and check again', pros: '', cons: '', isDoNothing: true },
      ],
    },
  };
}

describe('one click on an option both leans to it and chooses it', () => {
  it('leans and chooses in one go, and can be changed', () => {
    const chosen = chooseOption(withOptions(), 'lifestyle', true);
    expect(chosen.options.leaning).toEqual(['lifestyle']);
    expect(chosen.agreement.chosenOptionIds).toEqual(['lifestyle']);
    const changed = chooseOption(chooseOption(chosen, 'lifestyle', false), 'tablets', true);
    expect(changed.options.leaning).toEqual(['tablets']);
    expect(changed.agreement.chosenOptionIds).toEqual(['tablets']);
  });

  it('keeps the options in their listed order when two are combined', () => {
    const both = chooseOption(chooseOption(withOptions(), 'wait', true), 'lifestyle', true);
    expect(both.agreement.chosenOptionIds).toEqual(['lifestyle', 'wait']);
    expect(both.agreement.noTreatment).toBe(false);
  });

  it('makes choosing only "doing nothing" the informed choice of no treatment', () => {
    const nothing = chooseOption(withOptions(), 'wait', true);
    expect(nothing.agreement).toMatchObject({ chosenOptionIds: ['wait'], noTreatment: true });
    expect(chooseOption(nothing, 'tablets', true).agreement.noTreatment).toBe(false);
    expect(chooseOption(nothing, 'wait', false).agreement.noTreatment).toBe(false);
  });

  it('choosing a lifestyle option is choosing that option, never "no treatment"', () => {
    expect(chooseOption(withOptions(), 'lifestyle', true).agreement.noTreatment).toBe(false);
  });

  it('ticking "no treatment" keeps a chosen "doing nothing" and drops treatments', () => {
    const both = chooseOption(chooseOption(withOptions(), 'tablets', true), 'wait', true);
    const none = chooseNoTreatment(both, true);
    expect(none.agreement).toMatchObject({ chosenOptionIds: ['wait'], noTreatment: true });
    expect(none.options.leaning).toEqual(['wait']);
    expect(chooseNoTreatment(none, false).agreement).toMatchObject({
      chosenOptionIds: ['wait'],
      noTreatment: false,
    });
  });
});
