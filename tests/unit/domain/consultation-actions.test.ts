import { describe, expect, it } from 'vitest';
import { chooseNoTreatment, markAgreed } from '../../../lib/domain/consultation-actions';
import { complete } from '../plan/consultations';

describe('consultation actions', () => {
  it('leaves its input alone', () => {
    const before = complete();
    const copy = structuredClone(before);
    markAgreed(chooseNoTreatment(before, true), false);
    expect(before).toEqual(copy);
  });
});
