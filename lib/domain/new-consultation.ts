import type { Consultation } from './consultation';
import type { ConsultationPath } from './elements';

export interface NewConsultationOptions {
  id: string;
  now: Date;
  path: ConsultationPath;
  plannedMinutes: number;
  patientRef?: string;
}

/** A blank consultation: every field present and empty, so renderers never meet `undefined`. */
export function newConsultation(options: NewConsultationOptions): Consultation {
  const iso = options.now.toISOString();
  return {
    id: options.id,
    patientRef: options.patientRef ?? '',
    createdAt: iso,
    updatedAt: iso,
    clockStartedAt: options.now.getTime(),
    path: options.path,
    currentElement: options.path === 'quick' ? 'agenda' : 'preparation',
    status: 'open',
    purgedAt: null,
    preparation: {
      appointmentType: '',
      plannedMinutes: options.plannedMinutes,
      present: [],
      presentNote: '',
      language: 'en',
      communicationNeeds: '',
      largePrint: false,
      gridsSentInAdvance: [],
      knownGoals: '',
    },
    agenda: {
      items: [],
      whatMatters: '',
      alreadyDoing: '',
      importanceAbout: '',
      importance: null,
      confidenceAbout: '',
      confidence: null,
      activation: null,
    },
    information: { needed: [], dailyImpact: '', nextStep: '' },
    options: {
      problem: '',
      careAims: [],
      grid: null,
      options: [],
      questionsThatMattered: [],
      leaning: [],
      whatMattered: '',
    },
    agreement: {
      chosenOptionIds: [],
      noTreatment: false,
      rationale: '',
      goal: '',
      firstAction: '',
      when: '',
      howOften: '',
      barriers: [],
      confidence: null,
      baseline: {
        patientMeasureLabel: '',
        patientMeasure: null,
        clinicalLabel: '',
        clinicalValue: '',
        clinicalUnit: '',
      },
      responsibilities: [],
      followUpDate: '',
      contact: '',
      safetyNet: '',
      notDecided: false,
      decideBy: '',
      teachBack: false,
      commitment: '',
      sure: [null, null, null, null],
    },
    implementation: { referrals: '', interventions: '', support: '', wayBackIn: '', briefInterventions: [] },
    review: {
      previousConsultationId: null,
      attainment: '',
      patientMeasureNow: null,
      confidenceNow: null,
      clinicalValueNow: '',
      helped: '',
      gotInTheWay: '',
      nextStep: '',
      collaborate: [null, null, null],
    },
    plainWords: [],
    copiesGiven: [],
    preparationSheetsGiven: [],
    carriedForward: [],
    importedFrom: null,
    collaborate: null,
  };
}
