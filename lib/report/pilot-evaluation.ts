import { ELEMENT_IDS } from '../domain/elements';
import { ELEMENT_NAMES } from '../i18n/element-names';
import { COLLABORATE_MIN_FOR_AUDIT } from '../collaborate/response';
import { percent } from './measures';
import type { MergedPractice } from './merge-exports';
import { isSuppressed, SUPPRESSED } from './suppress';
import type { SumOf, WeekFigures } from './team-export';

const share = (n: number, of: number) => {
  const p = percent({ n, of });
  return p === null ? `${n} of ${of}` : `${n} of ${of} (${p}%)`;
};
const mean = ({ sum, n }: SumOf, signed = false) => {
  if (n === 0) return 'not recorded';
  const value = Math.round((sum / n) * 10) / 10;
  return `${signed && value > 0 ? '+' : ''}${value.toFixed(1)} (from ${n})`;
};

/**
 * The governance questions of a pilot, answered in plain words from the whole practice's
 * figures, each with its denominator (docs/practice-report.md, "The pilot evaluation").
 */
export function pilotEvaluation(merged: MergedPractice, team: WeekFigures): string[] {
  const n = team.consultations;
  const weeks = merged.weeks;
  const span =
    weeks.length === 0
      ? 'no weeks'
      : `${weeks.length} weeks with consultations, ${weeks[0]} to ${weeks.at(-1)}`;
  const clinicians = `${merged.clinicians.length} clinician${merged.clinicians.length === 1 ? '' : 's'}`;
  if (isSuppressed(n))
    return [
      `How many consultations used Cocreate: ${SUPPRESSED}, by ${clinicians} (${span}). Nothing more is shown from so few.`,
    ];
  const { attainment, collaborate } = team;
  const elements = ELEMENT_IDS.map((id) => `${ELEMENT_NAMES[id]} ${share(team.elements[id], n)}`).join('; ');
  return [
    `How many consultations used Cocreate: ${n}, by ${clinicians} (${span}).`,
    `Which elements were used, of ${n} consultations: ${elements}.`,
    `How many plans were agreed: ${share(team.plansAgreed, n)} consultations; ${share(team.noTreatment, team.plansAgreed)} agreed plans were an informed choice of no treatment.`,
    'How many plans were given to the patient (printed, sent or inserted): not in this version of the team export.',
    `How many were reviewed: ${team.reviews} earlier plans were reviewed (${team.plansAgreed} plans were agreed in the same weeks).`,
    `How many goals were met at review, of ${team.reviews} plans reviewed: achieved ${share(attainment.achieved, team.reviews)}; partly ${share(attainment.partly, team.reviews)}; not yet ${share(attainment.notYet, team.reviews)}; goal changed ${share(attainment.changed, team.reviews)}; not recorded ${share(attainment.unrecorded, team.reviews)}.`,
    `Patients' confidence (0–10): ${mean(team.confidenceAtAgreement)} at agreement, ${mean(team.confidenceAtReview)} at review. Change in the patient's own measure at review: ${mean(team.measureChange, true)}.`,
    collaborateSentence(collaborate),
    'The change in time used against the booked appointment: not in this version of the team export.',
  ];
}

/** collaboRATE's top score only from 25 complete responses across the team, as its authors say. */
export function collaborateSentence({ responses, topScores }: WeekFigures['collaborate']): string {
  if (responses < COLLABORATE_MIN_FOR_AUDIT)
    return `What patients said (collaboRATE): ${responses} complete responses across the practice. The top-score figure is shown from ${COLLABORATE_MIN_FOR_AUDIT} responses.`;
  return `What patients said (collaboRATE): ${share(topScores, responses)} complete responses gave the top score (9 on all three questions).`;
}
