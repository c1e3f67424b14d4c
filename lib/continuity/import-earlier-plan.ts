import type { Consultation } from '../domain/consultation';
import { newConsultation } from '../domain/new-consultation';
import type { CheckedEarlierPlan } from './verify-earlier-plan';

/** The one option an imported plan carries: the chosen option's words, as the note gave them. */
export const IMPORTED_OPTION_ID = 'imported-choice';

/**
 * An earlier plan read from a note or bundle, as a local consultation the
 * review code already knows how to use (docs/continuity.md, "Using it"):
 * agreed, or open when the source was a draft (a draft stays a draft), its date the day it was
 * agreed, marked `importedFrom` with the reference the source named and whether the clinician
 * chose to use it for another reference. Only what the checked summary holds is filled in,
 * exactly as the confirm screen showed it; everything else stays empty.
 */
export function consultationFromSummary(
  checked: CheckedEarlierPlan,
  options: { id: string; now: Date },
): Consultation {
  const { summary } = checked;
  const blank = newConsultation({ id: options.id, now: options.now, path: 'quick', plannedMinutes: 0 });
  const chosen = summary.chosenOption.trim();
  return {
    ...blank,
    patientRef: checked.currentRef,
    // Noon UTC: the agreed day reads the same in every UK time zone.
    createdAt: summary.agreedOn ? `${summary.agreedOn}T12:00:00.000Z` : blank.createdAt,
    currentElement: 'agreement',
    status: summary.status === 'draft' ? 'open' : 'agreed',
    options: {
      ...blank.options,
      grid: summary.grid ? { ...summary.grid, title: '' } : null,
      options: chosen
        ? [{ id: IMPORTED_OPTION_ID, label: chosen, pros: '', cons: '', isDoNothing: false }]
        : [],
    },
    agreement: {
      ...blank.agreement,
      chosenOptionIds: chosen ? [IMPORTED_OPTION_ID] : [],
      noTreatment: summary.noTreatment,
      goal: summary.goal,
      firstAction: summary.firstAction,
      confidence: summary.confidence,
      baseline: {
        patientMeasureLabel: summary.patientMeasureLabel,
        patientMeasure: summary.patientMeasure,
        clinicalLabel: summary.clinicalLabel,
        clinicalValue: summary.clinicalValue,
        clinicalUnit: summary.clinicalUnit,
      },
      followUpDate: summary.followUpDate,
    },
    importedFrom: {
      source: summary.source,
      formatVersion: summary.formatVersion,
      importedAt: options.now.toISOString(),
      patientRef: summary.patientRef,
      otherPatient: !checked.sameRef,
      integrity: summary.integrity,
      ...(summary.signature ? { signature: summary.signature } : {}),
    },
  };
}
