import { describe, expect, it } from 'vitest';
import { contextDifferences, contextOf, patientKeyOf } from '../../../lib/insert/ehr-context';

describe('the part of an EHR address that names the patient', () => {
  it.each([
    ['https://ehr.example/patients/8842/notes', 'patients/8842'],
    ['https://ehr.example/app#/patient/77/summary', 'patient/77'],
    ['http://127.0.0.1:5177/?patient=2#consultation', 'patient=2'],
    ['https://ehr.example/record?pid=A12&view=notes', 'pid=A12'],
    [
      'https://ehr.example/x/3f2c1a9e-1b2c-4d5e-8f90-123456789abc/edit',
      'x/3f2c1a9e-1b2c-4d5e-8f90-123456789abc',
    ],
    ['https://ehr.example/notes?view=open', ''],
    ['not an address', ''],
  ])('%s → “%s”', (url, key) => {
    expect(patientKeyOf(url)).toBe(key);
  });
});

describe('comparing two EHR contexts', () => {
  const alex = contextOf({ url: 'https://ehr.example/patients/1', title: 'Alex', banner: 'EXAMPLE, Alex' });

  it('finds none on the same page, whatever the section', () => {
    const same = contextOf({
      url: 'https://ehr.example/patients/1#plan',
      title: 'Alex',
      banner: 'EXAMPLE, Alex',
    });
    expect(contextDifferences(alex, same)).toEqual([]);
  });

  it('names each difference, including a banner that is no longer recognised', () => {
    const bea = contextOf({ url: 'https://ehr.example/patients/2', title: 'Bea', banner: '' });
    expect(contextDifferences(alex, bea)).toEqual(['patient-key', 'title', 'banner']);
    const other = contextOf({
      url: 'https://other.example/patients/1',
      title: 'Alex',
      banner: 'EXAMPLE, Alex',
    });
    expect(contextDifferences(alex, other)).toEqual(['site']);
  });
});
