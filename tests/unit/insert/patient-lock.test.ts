import { describe, expect, it } from 'vitest';
import type { MarkState } from '../../../lib/insert/insert-into-ehr';
import { patientLock } from '../../../lib/insert/patient-lock';

const facts = { url: 'https://ehr.example/patients/1', title: 'Alex', banner: 'EXAMPLE, Alex' };
const mark = { tabId: 1, documentId: 'd', token: 't', kind: 'textarea' as const, label: 'Note', facts };
const base: MarkState = {
  mark,
  problem: null,
  tabUrl: facts.url,
  now: facts,
  bound: null,
  samePatient: true,
};

describe('the patient lock beside Insert', () => {
  it.each<[string, MarkState, string]>([
    ['no field chosen', { ...base, mark: null }, 'no-field'],
    ['the page as it was, for this consultation’s patient', base, 'bound'],
    [
      'the address moved on since the field was chosen',
      { ...base, now: { ...facts, url: 'https://ehr.example/patients/2' } },
      'changed',
    ],
    ['the page could not be read again', { ...base, now: null }, 'changed'],
    [
      'a field chosen on another patient’s page than the consultation’s',
      { ...base, samePatient: false },
      'changed',
    ],
  ])('%s → %s', (_case, state, lock) => {
    expect(patientLock(state)).toBe(lock);
  });
});
