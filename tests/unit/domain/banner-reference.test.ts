import { describe, expect, it } from 'vitest';
import { referenceFromBanner } from '../../../lib/domain/banner-reference';

describe('the patient reference read from the EHR banner', () => {
  it.each([
    [
      'Riverside Surgery · DEMO RECORD — NOT A REAL PATIENT EXAMPLE, Alex (Mx) Born 12-Mar-1961 (65y) Demo no. 000 000 0000 Usual GP: Dr R. Jones',
      'AE 1961',
    ],
    ['SMITH, Jane (Mrs) DOB: 03/04/1958 NHS 943 476 5919', 'JS 1958'],
    ["O'NEIL-JONES, Mary D.O.B. 1 January 1949", 'MO 1949'],
    ['Mrs Jane Smith · Date of birth 1975-06-30', 'JS 1975'],
    ['ÅBERG, Émile Born 2 Feb 2001', 'ÉÅ 2001'],
  ])('reads initials and year of birth from %j', (banner, reference) => {
    expect(referenceFromBanner(banner)).toBe(reference);
  });

  it.each([
    ['a banner with a name but no date of birth', 'SMITH, Jane (Mrs) NHS 943 476 5919'],
    ['a banner with a date of birth but no name it can read', 'Patient: jane smith Born 12-Mar-1961'],
    ['a date that is not labelled as the birth date', 'SMITH, Jane Seen 12-Mar-2024'],
    ['an empty banner (no banner on the page)', ''],
  ])('offers nothing for %s', (_, banner) => {
    expect(referenceFromBanner(banner)).toBe('');
  });

  it('never returns the name or the full date', () => {
    const reference = referenceFromBanner('EXAMPLE, Alex (Mx) Born 12-Mar-1961');
    expect(reference).not.toMatch(/EXAMPLE|Alex|12|Mar/);
  });
});
