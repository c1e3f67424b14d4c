import { describe, expect, it } from 'vitest';
import { handOverLanguage, handOverLanguages } from '../../../lib/collaborate/welsh-switch';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

describe('collaboRATE in Welsh, off until the authors agree', () => {
  it('is English only by default', () => {
    expect(handOverLanguages(DEFAULT_SETTINGS.collaborateWelshAgreement)).toEqual(['en']);
    expect(handOverLanguage('cy', DEFAULT_SETTINGS.collaborateWelshAgreement)).toBe('en');
  });

  it.each([[''], ['   '], [undefined], [42]])('stays English only for %j', (agreement) => {
    expect(handOverLanguages(agreement)).toEqual(['en']);
  });

  it('offers Welsh once the agreement is recorded', () => {
    const agreement = 'G Elwyn, email of 2027-01-10';
    expect(handOverLanguages(agreement)).toEqual(['en', 'cy']);
    expect(handOverLanguage('cy', agreement)).toBe('cy');
  });
});
