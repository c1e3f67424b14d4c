import type { Consultation } from '../domain/consultation';
import { newConsultation } from '../domain/new-consultation';
import type { EarlierPlanSummary } from './earlier-plan-summary';

/** The one option an imported plan carries: the chosen option's words, as the note gave them. */
export const IMPORTED_OPTION_ID = 'imported-choice';

/**
 * An earlier plan read from a note or bundle, as a local consultation the
 * review code already knows how to use (docs/continuity.md, "Using it"):
 * status 'agreed', its date the day it was agreed, marked `importedFrom`.
 * Only what the summary holds is filled in; everything else stays empty.
 */
export function consultationFromSummary(
  summary: EarlierPlanSummary,
  options: { id: string; now: Date; patientRef: string },
): Consultation {
  const blank = newConsultation({ id: options.id, now: options.now, path: 'quick', plannedMinutes: 0 });
  const chosen = summary.chosenOption.trim();
  return {
    ...blank,
    patientRef: options.patientRef,
    // Noon UTC: the agreed day reads the same in every UK time zone.
    createdAt: summary.agreedOn ? `${summary.agreedOn}T12:00:00.000Z` : blank.createdAt,
    currentElement: 'agreement',
    status: 'agreed',
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
    },
  };
}
