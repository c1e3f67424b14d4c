import type { Consultation } from '../domain/consultation';

/**
 * What a purged field says instead of the clinician's text. Not blank, so
 * "which elements were used" (a field counts when anything was captured)
 * reads the same after retention as before, and whoever reopens the record
 * sees that text was there and was removed on purpose. Blank stays blank.
 */
export const REMOVED_TEXT = '(removed)';

const gone = (text: string): string => (text.trim() ? REMOVED_TEXT : '');

/**
 * The consultation with every identifiable free-text field replaced by
 * REMOVED_TEXT, the patient reference blanked, and `purgedAt` set. What the
 * audit needs stays: path, status, dates, choices (enums, numbers, ticks),
 * grid id/version/title, and the shape of lists, so every audit figure,
 * including "elements used", is the same after a purge.
 */
export function purgeFreeText(c: Consultation, nowIso: string): Consultation {
  return {
    ...c,
    patientRef: '',
    purgedAt: nowIso,
    preparation: {
      ...c.preparation,
      presentNote: gone(c.preparation.presentNote),
      communicationNeeds: gone(c.preparation.communicationNeeds),
      knownGoals: gone(c.preparation.knownGoals),
    },
    agenda: {
      ...c.agenda,
      items: c.agenda.items.map((item) => ({ ...item, text: gone(item.text) })),
      whatMatters: gone(c.agenda.whatMatters),
      alreadyDoing: gone(c.agenda.alreadyDoing),
      importanceAbout: gone(c.agenda.importanceAbout),
      confidenceAbout: gone(c.agenda.confidenceAbout),
    },
    information: {
      ...c.information,
      needed: c.information.needed.map((need) => ({
        ...need,
        what: gone(need.what),
        who: gone(need.who),
        byWhen: gone(need.byWhen),
      })),
      dailyImpact: gone(c.information.dailyImpact),
    },
    options: {
      ...c.options,
      problem: gone(c.options.problem),
      options: c.options.options.map((option) => ({
        ...option,
        label: gone(option.label),
        pros: gone(option.pros),
        cons: gone(option.cons),
      })),
      questionsThatMattered: c.options.questionsThatMattered.map(gone),
      whatMattered: gone(c.options.whatMattered),
    },
    agreement: {
      ...c.agreement,
      rationale: gone(c.agreement.rationale),
      goal: gone(c.agreement.goal),
      firstAction: gone(c.agreement.firstAction),
      when: gone(c.agreement.when),
      howOften: gone(c.agreement.howOften),
      barriers: c.agreement.barriers.map((b) => ({
        ...b,
        barrier: gone(b.barrier),
        wayRound: gone(b.wayRound),
      })),
      baseline: {
        ...c.agreement.baseline,
        patientMeasureLabel: gone(c.agreement.baseline.patientMeasureLabel),
        clinicalLabel: gone(c.agreement.baseline.clinicalLabel),
        clinicalValue: gone(c.agreement.baseline.clinicalValue),
        clinicalUnit: gone(c.agreement.baseline.clinicalUnit),
      },
      responsibilities: c.agreement.responsibilities.map((r) => ({
        ...r,
        otherName: gone(r.otherName),
        task: gone(r.task),
      })),
      contact: gone(c.agreement.contact),
    },
    implementation: {
      referrals: gone(c.implementation.referrals),
      interventions: gone(c.implementation.interventions),
      support: gone(c.implementation.support),
      wayBackIn: gone(c.implementation.wayBackIn),
    },
    review: {
      ...c.review,
      clinicalValueNow: gone(c.review.clinicalValueNow),
      helped: gone(c.review.helped),
      gotInTheWay: gone(c.review.gotInTheWay),
    },
  };
}
