import { describe, expect, it } from 'vitest';
import { chooseNoTreatment, chooseOptions, markAgreed } from '../../../lib/domain/consultation-actions';
import { complete } from '../plan/consultations';

describe('consultation actions', () => {
  it('choosing no treatment clears the options chosen, and choosing an option clears no treatment', () => {
    const none = chooseNoTreatment(complete(), true);
    expect(none.agreement).toMatchObject({ noTreatment: true, chosenOptionIds: [] });
    expect(chooseOptions(none, ['o1']).agreement).toMatchObject({
      noTreatment: false,
      chosenOptionIds: ['o1'],
    });
  });

  it('leaves its input alone', () => {
    const before = complete();
    const copy = structuredClone(before);
    markAgreed(chooseNoTreatment(before, true), false);
    expect(before).toEqual(copy);
  });
});
