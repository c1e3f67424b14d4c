import type {
  AgendaSetting,
  AgreeingWayForward,
  Consultation,
  Implementation,
  InformationGathering,
  Preparation,
  Review,
} from '../../../lib/domain/consultation';
import { complete } from '../plan/consultations';

/**
 * Every field a clinician can fill, each with its own words (so a field read back into another's
 * place shows). Each section is `Required`: a field added to the consultation does not compile here
 * until it is filled, and the round trip then says whether FHIR carries it.
 */
export function fullConsultation(): Consultation {
  const c = complete();
  const preparation: Required<Preparation> = {
    appointmentType: 'video',
    plannedMinutes: 20,
    present: ['family', 'interpreter'],
    presentNote: 'Daughter Sian',
    language: 'both',
    communicationNeeds: 'Hard of hearing in the left ear',
    largePrint: true,
    gridsSentInAdvance: ['raised-blood-pressure'],
    knownGoals: 'Wants to garden again',
  };
  const agenda: Required<AgendaSetting> = {
    ...c.agenda,
    confidenceAbout: 'walking more each week',
  };
  const information: Required<InformationGathering> = c.information;
  const agreement: Required<AgreeingWayForward> = {
    ...c.agreement,
    barriers: [
      { id: 'b1', barrier: 'Rain', wayRound: 'Walk round the shopping centre' },
      { id: 'b2', barrier: 'Sore knee after long walks', wayRound: 'Two short walks instead of one' },
    ],
    safetyNet: 'If your knee swells, stop walking and ring us.',
    notDecided: false,
    decideBy: '',
    teachBack: true,
    commitment: 'I will walk after lunch on weekdays',
    sure: [true, true, false, true],
  };
  const implementation: Required<Implementation> = {
    ...c.implementation,
    briefInterventions: [
      {
        id: 'activity',
        topic: 'Physical activity',
        service: 'Exercise referral, ask at reception',
        en: 'We can refer you to an exercise scheme.',
        cy: 'Gallwn eich cyfeirio at gynllun ymarfer corff.',
      },
    ],
  };
  const review: Required<Review> = {
    previousConsultationId: null,
    attainment: 'partly',
    patientMeasureNow: 6,
    confidenceNow: 7,
    clinicalValueNow: '138/86',
    helped: 'Walking with my daughter',
    gotInTheWay: 'The weather',
    nextStep: 'continue',
    collaborate: [null, null, null],
  };
  return {
    ...c,
    path: 'full',
    preparation,
    agenda,
    information,
    agreement,
    implementation,
    review,
    plainWords: ['hypertension'],
  };
}

/** The same consultation with the third outcome: options weighed, not decided yet, a date to decide by. */
export function fullNotDecided(): Consultation {
  const c = fullConsultation();
  return {
    ...c,
    status: 'open',
    agreement: { ...c.agreement, chosenOptionIds: [], notDecided: true, decideBy: '2026-12-07' },
  };
}

/** The same consultation with an informed choice of no treatment. */
export function fullNoTreatment(): Consultation {
  const c = fullConsultation();
  return { ...c, agreement: { ...c.agreement, chosenOptionIds: [], noTreatment: true } };
}
