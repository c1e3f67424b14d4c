import { describe, expect, it } from 'vitest';
import type { Consultation } from '../../../lib/domain/consultation';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { taskPeople } from '../../../lib/domain/task-people';

const empty = newConsultation({ id: 'c', now: new Date(0), path: 'quick', plannedMinutes: 10 });

function named(): Consultation {
  return {
    ...empty,
    preparation: { ...empty.preparation, present: ['carer', 'interpreter'], presentNote: 'Jan (daughter)' },
    implementation: {
      ...empty.implementation,
      referrals: 'Physiotherapy; carer',
      briefInterventions: [
        {
          id: 'smoking',
          topic: 'Smoking',
          service: 'Help Me Quit',
          en: 'Help Me Quit',
          cy: 'Helpa Fi i Stopio',
        },
      ],
    },
    agreement: {
      ...empty.agreement,
      responsibilities: [
        { id: 't1', who: 'other', otherName: 'Pharmacist', task: 'Check the inhaler technique' },
        { id: 't2', who: 'clinician', otherName: '', task: 'Send the bloods form' },
      ],
    },
  };
}

describe('taskPeople: who a task can go to in one click', () => {
  it('always offers the patient first, then "me" by the name in Settings', () => {
    expect(taskPeople(empty, ' Dr Rhys ')).toEqual([
      { who: 'patient', otherName: '', label: 'The patient' },
      { who: 'clinician', otherName: '', label: 'Me (Dr Rhys)' },
    ]);
    expect(taskPeople(empty, '')[1]?.label).toBe('Me (the clinician)');
  });

  it('adds whoever is present, picked services, referrals and earlier names, each once', () => {
    expect(taskPeople(named(), '').map((p) => p.label)).toEqual([
      'The patient',
      'Me (the clinician)',
      'Carer',
      'Jan (daughter)',
      'Help Me Quit',
      'Physiotherapy',
      'Pharmacist',
    ]);
    expect(taskPeople(named(), '')[2]).toEqual({ who: 'other', otherName: 'Carer', label: 'Carer' });
  });

  it('reads a damaged record without failing', () => {
    const broken = {
      ...empty,
      preparation: { ...empty.preparation, present: null, presentNote: 7 },
      implementation: { ...empty.implementation, referrals: undefined, briefInterventions: [null] },
      agreement: { ...empty.agreement, responsibilities: [null] },
    } as unknown as Consultation;
    expect(taskPeople(broken, '').map((p) => p.label)).toEqual(['The patient', 'Me (the clinician)']);
  });
});
