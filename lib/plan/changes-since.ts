import type { Consultation, GoalAttainment } from '../domain/consultation';
import { PATIENT_WORDS } from '../i18n/patient-words';
import type { Language } from '../i18n/types';

export type ChangesLanguage = Language;

/**
 * What changed since the earlier plan, in plain words to the patient ("you"):
 * goal attainment, their own 0–10 measure, confidence, and any clinical value
 * with its unit (framework.md §7, "compare results with the goal and the
 * baseline"). Pure and total: a blank review gives no lines.
 * The Welsh wording is ours and wants a check by a Welsh-speaking clinician.
 */
export function describeChangesSince(
  previous: Consultation,
  current: Consultation,
  language: ChangesLanguage = 'en',
  options: { quoteGoal?: boolean } = {},
): string[] {
  const words = WORDS[language];
  const review = current.review;
  const baseline = previous.agreement.baseline;
  const lines: string[] = [];

  // The plan shows the earlier goal on a line of its own, so it asks for the goal unquoted here.
  const goal = options.quoteGoal === false ? '' : previous.agreement.goal.trim();
  const attainment = words.attainment(review.attainment, goal);
  if (attainment) lines.push(attainment);

  if (baseline.patientMeasure !== null && review.patientMeasureNow !== null) {
    lines.push(
      words.measure(baseline.patientMeasureLabel.trim(), baseline.patientMeasure, review.patientMeasureNow),
    );
  }
  if (previous.agreement.confidence !== null && review.confidenceNow !== null) {
    lines.push(words.confidence(previous.agreement.confidence, review.confidenceNow));
  }
  const before = baseline.clinicalValue.trim();
  const after = review.clinicalValueNow.trim();
  if (before && after) {
    lines.push(words.clinical(baseline.clinicalLabel.trim(), before, after, baseline.clinicalUnit.trim()));
  }
  return lines;
}

interface Words {
  attainment(attainment: GoalAttainment, goal: string): string;
  measure(label: string, from: number, to: number): string;
  confidence(from: number, to: number): string;
  clinical(label: string, from: string, to: string, unit: string): string;
}

const quote = (text: string) => (text ? ` “${text}”` : '');
/** The patient's sentence for an attainment (lib/i18n/patient-words.ts), the goal quoted in it; '' when not marked. */
const attainmentIn =
  (language: ChangesLanguage) =>
  (attainment: GoalAttainment, goal: string): string =>
    attainment === ''
      ? ''
      : PATIENT_WORDS[language].attainment[attainment].replace('{goal}', () => quote(goal));
const withUnit = (value: string, unit: string) => (unit ? `${value} ${unit}` : value);

const WORDS: Record<ChangesLanguage, Words> = {
  en: {
    attainment: attainmentIn('en'),
    measure: (label, from, to) =>
      from === to
        ? `Your own score${label ? ` for ${label}` : ''} stayed at ${from} out of 10.`
        : `Your own score${label ? ` for ${label}` : ''} went from ${from} to ${to} out of 10.`,
    confidence: (from, to) =>
      from === to
        ? `Your confidence stayed at ${from} out of 10.`
        : `Your confidence went from ${from} to ${to} out of 10.`,
    clinical: (label, from, to, unit) =>
      `${label || 'Your test result'} went from ${withUnit(from, unit)} to ${withUnit(to, unit)}.`,
  },
  cy: {
    attainment: attainmentIn('cy'),
    measure: (label, from, to) =>
      from === to
        ? `Arhosodd eich sgôr eich hun${label ? ` am ${label}` : ''} ar ${from} allan o 10.`
        : `Aeth eich sgôr eich hun${label ? ` am ${label}` : ''} o ${from} i ${to} allan o 10.`,
    confidence: (from, to) =>
      from === to
        ? `Arhosodd eich hyder ar ${from} allan o 10.`
        : `Aeth eich hyder o ${from} i ${to} allan o 10.`,
    clinical: (label, from, to, unit) =>
      `Aeth ${label || 'canlyniad eich prawf'} o ${withUnit(from, unit)} i ${withUnit(to, unit)}.`,
  },
};

/** Section heading for the plan. */
export const SINCE_LAST_TIME_HEADING: Record<ChangesLanguage, string> = {
  en: 'Since last time',
  cy: 'Ers y tro diwethaf',
};
