import type { Consultation, OptionDiscussed } from '../domain/consultation';
import { newConsultation } from '../domain/new-consultation';
import type { CheckedEarlierPlan } from './verify-earlier-plan';

/** The one option an imported plan carries: the chosen option's words, as the note gave them. */
export const IMPORTED_OPTION_ID = 'imported-choice';

/** The options as the source gave them, with stable ids; one option of the chosen words when it gave none. */
function optionsOf(checked: CheckedEarlierPlan): { options: OptionDiscussed[]; chosenIds: string[] } {
  const { summary } = checked;
  const listed = summary.details?.options ?? [];
  if (listed.length > 0) {
    const options = listed.map((o, i) => ({
      id: `imported-option-${i + 1}`,
      label: o.label,
      pros: o.benefits,
      cons: o.risks,
      isDoNothing: o.doNothing,
    }));
    return { options, chosenIds: options.filter((_, i) => listed[i]!.chosen).map((o) => o.id) };
  }
  const chosen = summary.chosenOption.trim();
  return chosen
    ? {
        options: [{ id: IMPORTED_OPTION_ID, label: chosen, pros: '', cons: '', isDoNothing: false }],
        chosenIds: [IMPORTED_OPTION_ID],
      }
    : { options: [], chosenIds: [] };
}

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
  const d = summary.details;
  const restored = optionsOf(checked);
  return {
    ...blank,
    patientRef: checked.currentRef,
    // Noon UTC: the agreed day reads the same in every UK time zone.
    createdAt: summary.agreedOn ? `${summary.agreedOn}T12:00:00.000Z` : blank.createdAt,
    currentElement: 'agreement',
    status: summary.status === 'draft' ? 'open' : 'agreed',
    preparation: d
      ? {
          ...blank.preparation,
          appointmentType: d.appointmentType,
          present: [...d.present],
          presentNote: d.presentNote,
          language: d.language,
          communicationNeeds: d.communicationNeeds,
          largePrint: d.largePrint,
        }
      : blank.preparation,
    agenda: d
      ? {
          ...blank.agenda,
          items: d.agenda.map((item, i) => ({ id: `imported-agenda-${i + 1}`, ...item })),
          alreadyDoing: d.alreadyDoing,
          whatMatters: d.whatMatters,
          importance: d.importance,
          importanceAbout: d.importanceAbout,
          confidence: d.agendaConfidence,
          confidenceAbout: d.confidenceAbout,
        }
      : blank.agenda,
    information: {
      ...blank.information,
      needed: (d?.informationNeeded ?? []).map((n, i) => ({ id: `imported-need-${i + 1}`, ...n })),
    },
    options: {
      ...blank.options,
      problem: d?.problem ?? '',
      careAims: d ? [...d.careAims] : [],
      grid: summary.grid ? { ...summary.grid, title: d?.gridTitle ?? '' } : null,
      options: restored.options,
      whatMattered: d?.whatMattered ?? '',
    },
    agreement: {
      ...blank.agreement,
      chosenOptionIds: restored.chosenIds,
      noTreatment: summary.noTreatment,
      notDecided: d?.decision === 'notDecided',
      decideBy: d?.decideBy ?? '',
      rationale: d?.rationale ?? '',
      commitment: d?.commitment ?? '',
      when: d?.firstStepWhen ?? '',
      howOften: d?.howOften ?? '',
      safetyNet: (d?.safetyNet ?? []).join('\n'),
      barriers: (d?.barriers ?? []).map((b, i) => ({ id: `imported-barrier-${i + 1}`, ...b })),
      responsibilities: (d?.tasks ?? []).map((t, i) => ({ id: `imported-task-${i + 1}`, ...t })),
      contact: d?.contact ?? '',
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
    implementation: {
      ...blank.implementation,
      referrals: d?.referrals ?? '',
      interventions: d?.interventions ?? '',
      support: d?.support ?? '',
      wayBackIn: d?.wayBackIn ?? '',
      briefInterventions: (d?.briefInterventions ?? []).map((b, i) => ({
        id: `imported-${i + 1}`,
        ...b,
        cy: '',
      })),
    },
    review: d?.review ? { ...blank.review, ...d.review } : blank.review,
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
