import { ELEMENT_IDS } from '../domain/elements';
import { ELEMENT_NAMES } from '../i18n/element-names';
import { COLLABORATE_MIN_FOR_AUDIT } from '../collaborate/response';
import { percent } from './measures';
import type { MergedPractice } from './merge-exports';
import { isSuppressed, SUPPRESSED } from './suppress';
import type { CountOf, MinutesFigures } from '../audit/understanding';
import type { SumOf, WeekFigures } from './team-export';

const share = (n: number, of: number) => {
  if (of > 0 && isSuppressed(of)) return SUPPRESSED;
  const p = percent({ n, of });
  return p === null ? `${n} of ${of}` : `${n} of ${of} (${p}%)`;
};
const mean = ({ sum, n }: SumOf, signed = false) => {
  if (n === 0) return 'not recorded';
  if (isSuppressed(n)) return SUPPRESSED;
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
  const { collaborate } = team;
  const elements = ELEMENT_IDS.map((id) => `${ELEMENT_NAMES[id]} ${share(team.elements[id], n)}`).join('; ');
  return [
    `How many consultations used Cocreate: ${n}, by ${clinicians} (${span}).`,
    `Which elements were used, of ${n} consultations: ${elements}.`,
    `How many plans were agreed: ${share(team.plansAgreed, n)} consultations; ${share(team.noTreatment, team.plansAgreed)} agreed plans were an informed choice of no treatment.`,
    givenSentence(
      'How many plans were given to the patient (printed, downloaded, inserted or sent)',
      team.plansGiven,
      team.plansAgreed,
    ),
    givenSentence(
      'How many plans had teach-back (the patient said back what they will do and when)',
      team.teachBack,
      team.plansAgreed,
    ),
    sureSentence(team.sure),
    `How many were reviewed: ${team.reviews} earlier plans were reviewed (${team.plansAgreed} plans were agreed in the same weeks).`,
    attainmentSentence(team),
    `Patients' confidence (0–10): ${mean(team.confidenceAtAgreement)} at agreement, ${mean(team.confidenceAtReview)} at review. Change in the patient's own measure at review: ${mean(team.measureChange, true)}.`,
    collaborateSentence(collaborate),
    minutesSentence(team.minutes),
    gridsSentence(team),
  ];
}

/** A count of agreed plans, saying how many agreed plans came from exports that never recorded it. */
function givenSentence(question: string, { n, of }: CountOf, plansAgreed: number): string {
  if (of === 0)
    return `${question}: not recorded in these exports (they come from an older version of Cocreate).`;
  if (isSuppressed(of)) return `${question}: ${SUPPRESSED} agreed plans recorded it.`;
  const older = plansAgreed - of;
  const unrecorded =
    older > 0 ? ` (${older} more agreed plans come from older exports that did not record it)` : '';
  return `${question}: ${share(n, of)} agreed plans${unrecorded}.`;
}

function sureSentence({ n, of }: CountOf): string {
  const question = 'How sure patients were of their decision (SURE, yes to all four questions)';
  if (of === 0) return `${question}: no patient was asked all four questions in these exports.`;
  if (isSuppressed(of)) return `${question}: ${SUPPRESSED} patients were asked.`;
  return `${question}: ${share(n, of)} patients asked; the others may need more support to decide.`;
}

/** Time used, from the appointment clock's start to the plan given, against the time booked. */
function minutesSentence({ n, used, booked, over }: MinutesFigures): string {
  const question = 'The time used against the booked appointment (from the clock’s start to the plan given)';
  if (n === 0) return `${question}: not recorded in these exports.`;
  if (isSuppressed(n)) return `${question}: ${SUPPRESSED} consultations were timed.`;
  const round = (value: number) => Math.round(value * 10) / 10;
  const change = round((used - booked) / n);
  return `${question}, over ${n} timed consultations: ${round(used / n).toFixed(1)} minutes used on average of ${round(booked / n).toFixed(1)} booked (${change > 0 ? '+' : ''}${change.toFixed(1)} minutes); ${share(over, n)} went over their booked time.`;
}

/** Grids used and the options chosen with them; the table "Option grids used" gives each. */
function gridsSentence(team: WeekFigures): string {
  const uses = team.grids.reduce((sum, grid) => sum + grid.count, 0);
  const chosen = team.grids.reduce(
    (sum, grid) => sum + grid.chosen.reduce((s, option) => s + option.count, 0),
    0,
  );
  return `Option grids used: ${team.grids.length} grids, in ${share(uses, team.consultations)} consultations; a grid option was chosen ${chosen} times (each grid and option under “Option grids used”, fewer than 5 hidden).`;
}

/** collaboRATE's top score only from 25 complete responses across the team, as its authors say. */
export function collaborateSentence({ responses, topScores }: WeekFigures['collaborate']): string {
  if (responses < COLLABORATE_MIN_FOR_AUDIT)
    return `What patients said (collaboRATE): ${responses} complete responses across the practice. The top-score figure is shown from ${COLLABORATE_MIN_FOR_AUDIT} responses.`;
  return `What patients said (collaboRATE): ${share(topScores, responses)} complete responses gave the top score (9 on all three questions).`;
}

/** Goals at review by how far they were met, or nothing more than the count when so few were reviewed. */
function attainmentSentence({ reviews, attainment }: WeekFigures): string {
  const question = 'How many goals were met at review';
  if (reviews === 0) return `${question}: no plans were reviewed.`;
  if (isSuppressed(reviews)) return `${question}: ${SUPPRESSED} plans were reviewed, so no more is shown.`;
  const { achieved, partly, notYet, changed, unrecorded } = attainment;
  return `${question}, of ${reviews} plans reviewed: achieved ${share(achieved, reviews)}; partly ${share(partly, reviews)}; not yet ${share(notYet, reviews)}; goal changed ${share(changed, reviews)}; not recorded ${share(unrecorded, reviews)}.`;
}
