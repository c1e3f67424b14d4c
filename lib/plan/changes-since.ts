import type { Consultation, GoalAttainment } from '../domain/consultation';

export type ChangesLanguage = 'en' | 'cy';

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
const withUnit = (value: string, unit: string) => (unit ? `${value} ${unit}` : value);

const WORDS: Record<ChangesLanguage, Words> = {
  en: {
    attainment(attainment, goal) {
      switch (attainment) {
        case 'achieved':
          return `You reached your goal${quote(goal)}.`;
        case 'partly':
          return `You partly reached your goal${quote(goal)}.`;
        case 'not-yet':
          return `You have not reached your goal${quote(goal)} yet.`;
        case 'changed':
          return `Your goal has changed since last time.`;
        case '':
          return '';
      }
    },
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
    attainment(attainment, goal) {
      switch (attainment) {
        case 'achieved':
          return `Rydych wedi cyrraedd eich nod${quote(goal)}.`;
        case 'partly':
          return `Rydych wedi cyrraedd eich nod${quote(goal)} yn rhannol.`;
        case 'not-yet':
          return `Nid ydych wedi cyrraedd eich nod${quote(goal)} eto.`;
        case 'changed':
          return `Mae eich nod wedi newid ers y tro diwethaf.`;
        case '':
          return '';
      }
    },
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
