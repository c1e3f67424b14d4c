import type { Consultation } from '../domain/consultation';

/**
 * The consultation with every identifiable free-text field blanked and
 * `purgedAt` set. What the audit needs stays: path, status, dates, choices
 * (enums, numbers, ticks), grid id/version/title, and the shape of lists
 * (an agenda of three items stays three blank items), so "elements used"
 * still counts what was captured as lists, numbers or choices.
 */
export function purgeFreeText(c: Consultation, nowIso: string): Consultation {
  return {
    ...c,
    patientRef: '',
    purgedAt: nowIso,
    preparation: { ...c.preparation, presentNote: '', communicationNeeds: '', knownGoals: '' },
    agenda: {
      ...c.agenda,
      items: c.agenda.items.map((item) => ({ ...item, text: '' })),
      whatMatters: '',
      alreadyDoing: '',
      importanceAbout: '',
      confidenceAbout: '',
    },
    information: {
      ...c.information,
      needed: c.information.needed.map((need) => ({ ...need, what: '', who: '', byWhen: '' })),
      dailyImpact: '',
    },
    options: {
      ...c.options,
      problem: '',
      options: c.options.options.map((option) => ({ ...option, label: '', pros: '', cons: '' })),
      questionsThatMattered: c.options.questionsThatMattered.map(() => ''),
      whatMattered: '',
    },
    agreement: {
      ...c.agreement,
      rationale: '',
      goal: '',
      firstAction: '',
      when: '',
      howOften: '',
      barriers: c.agreement.barriers.map((barrier) => ({ ...barrier, barrier: '', wayRound: '' })),
      baseline: {
        ...c.agreement.baseline,
        patientMeasureLabel: '',
        clinicalLabel: '',
        clinicalValue: '',
        clinicalUnit: '',
      },
      responsibilities: c.agreement.responsibilities.map((r) => ({ ...r, otherName: '', task: '' })),
      contact: '',
    },
    implementation: { referrals: '', interventions: '', support: '', wayBackIn: '' },
    review: { ...c.review, clinicalValueNow: '', helped: '', gotInTheWay: '' },
  };
}
