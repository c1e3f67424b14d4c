import type { Consultation } from '../../../lib/domain/consultation';
import { newConsultation } from '../../../lib/domain/new-consultation';
import type { PlanContext } from '../../../lib/plan/plan-types';

export const blank = (): Consultation =>
  newConsultation({
    id: '3b6f1c2e-8d4a-4f1e-9c2b-5a7d6e8f9a01',
    now: new Date('2026-11-23T09:00:00Z'),
    path: 'quick',
    plannedMinutes: 10,
  });

/** A consultation with every section filled, in plain words as a patient might say them. */
export function complete(): Consultation {
  const c = blank();
  return {
    ...c,
    patientRef: 'AE 1961',
    status: 'agreed',
    preparation: { ...c.preparation, appointmentType: 'face-to-face', present: ['family'] },
    agenda: {
      ...c.agenda,
      items: [
        { id: 'a1', text: 'My blood pressure reading', owner: 'patient' },
        { id: 'a2', text: 'Knee pain when I walk', owner: 'patient' },
        { id: 'a3', text: 'Check on your tablets', owner: 'clinician' },
      ],
      whatMatters: 'Being able to walk to the allotment and look after my grandson',
      alreadyDoing: 'I walk the dog each day',
      importance: 8,
      importanceAbout: 'bringing my blood pressure down',
      confidence: 6,
      activation: 2,
    },
    information: {
      needed: [{ id: 'n1', what: 'A blood test', who: 'Practice nurse', byWhen: 'next week' }],
      dailyImpact: 'Knee hurts on the hill',
      nextStep: 'continue',
    },
    options: {
      problem: 'Blood pressure is a bit high',
      careAims: ['prevention'],
      grid: { id: 'raised-blood-pressure', version: '1.2', title: 'Raised blood pressure' },
      options: [
        {
          id: 'o1',
          label: 'Tablets',
          pros: 'Lowers the chance of a stroke',
          cons: 'Some people get dizzy',
          isDoNothing: false,
        },
        {
          id: 'o2',
          label: 'More walking',
          pros: 'Good for your knees and mood',
          cons: 'Takes time each day',
          isDoNothing: false,
        },
        {
          id: 'o3',
          label: 'Wait and check again',
          pros: 'No tablets for now',
          cons: 'The risk stays the same',
          isDoNothing: true,
        },
      ],
      questionsThatMattered: ['Will tablets make me tired?'],
      leaning: ['o2'],
      whatMattered: 'Not wanting more tablets',
    },
    agreement: {
      ...c.agreement,
      chosenOptionIds: ['o2'],
      rationale: 'I would rather try walking first',
      goal: 'Walk to the allotment without stopping by the spring',
      firstAction: 'Walk for 10 minutes after lunch',
      when: 'Starting Monday',
      howOften: 'Five days a week',
      barriers: [{ id: 'b1', barrier: 'Rain', wayRound: 'Walk round the shopping centre' }],
      confidence: 8,
      baseline: {
        patientMeasureLabel: 'How far I can walk',
        patientMeasure: 4,
        clinicalLabel: 'Blood pressure',
        clinicalValue: '152/94',
        clinicalUnit: 'mmHg',
      },
      responsibilities: [
        { id: 'r1', who: 'patient', otherName: '', task: 'Keep a note of each walk' },
        { id: 'r2', who: 'clinician', otherName: '', task: 'Send the blood test form' },
        { id: 'r3', who: 'other', otherName: 'Your daughter', task: 'Walk with you on Sundays' },
      ],
      followUpDate: '2027-01-18',
      contact: 'Ring the surgery on 01234 567890',
    },
    implementation: {
      referrals: 'A walking group',
      interventions: 'Blood test on Tuesday',
      support: 'Local walking group',
      wayBackIn: 'Ring or use the app',
    },
  };
}

export function noTreatment(): Consultation {
  const c = complete();
  return {
    ...c,
    agreement: {
      ...c.agreement,
      chosenOptionIds: [],
      noTreatment: true,
      rationale: 'I feel fine and want to wait',
    },
  };
}

export const context = (
  language: PlanContext['language'] = 'en',
  extra: Partial<PlanContext> = {},
): PlanContext => ({
  settings: {
    clinicianName: 'Dr Ann Jones',
    clinicianRole: 'GP',
    practiceName: 'Riverside Surgery',
    practiceContact: '01234 567890',
  },
  date: '2026-11-23',
  language,
  ...extra,
});
