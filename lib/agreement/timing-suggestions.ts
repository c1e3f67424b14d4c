import type { PlanLanguage } from '../domain/consultation';

/** One-click answers for the goal's "when" and "how often" (docs/quick-path.md). */
export interface TimingSuggestions {
  when: string[];
  howOften: string[];
}

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?';
const MEAL = '(?:breakfast|lunch|dinner|tea|supper|work|school|meals?|bed)';

/**
 * Time words a clinician often types inside the goal or first step ("walk after lunch, five days
 * a week"): offered back as the "when" and "how often" answers so they need no retyping.
 */
const WHEN_CUES: readonly RegExp[] = [
  new RegExp(`\\b(?:after|before) ${MEAL}\\b`, 'gi'),
  /\b(?:each|every|in the) (?:morning|afternoon|evening|night)\b/gi,
  /\bat (?:the weekends?|weekends|bedtime|night)\b/gi,
  new RegExp(`\\b(?:on|every) ${DAY}\\b`, 'gi'),
  new RegExp(`\\b(?:from|starting) (?:today|tomorrow|next week|${DAY})\\b`, 'gi'),
  /\b(?:this|next) week\b/gi,
];

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven)';
const OFTEN_CUES: readonly RegExp[] = [
  /\b(?:every|each) day\b/gi,
  /\bdaily\b/gi,
  /\bweekly\b/gi,
  new RegExp(`\\b${NUMBER} times? an? (?:day|week|month)\\b`, 'gi'),
  /\b(?:once|twice) an? (?:day|week|month)\b/gi,
  new RegExp(`\\b${NUMBER} days? an? week\\b`, 'gi'),
  /\bevery (?:other day|weekday|week)\b/gi,
];

/** What a clinician picks most when nothing was typed: a start and a usual frequency. */
const DEFAULTS: Record<'en' | 'cy', TimingSuggestions> = {
  en: {
    when: ['Starting tomorrow', 'This week'],
    howOften: ['Every day', '5 days a week', '3 times a week', 'Once a week'],
  },
  cy: {
    when: ['O yfory ymlaen', 'Yr wythnos hon'],
    howOften: ['Bob dydd', '5 diwrnod yr wythnos', '3 gwaith yr wythnos', 'Unwaith yr wythnos'],
  },
};

const MAX = 4;

function found(texts: readonly string[], cues: readonly RegExp[]): string[] {
  const hits: string[] = [];
  for (const text of texts) {
    for (const cue of cues) {
      for (const match of text.matchAll(cue)) hits.push(match[0].replace(/\s+/g, ' '));
    }
  }
  return hits;
}

/** Case-blind de-duplication keeping the first spelling, first letter capitalised. */
function tidy(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value.charAt(0).toUpperCase() + value.slice(1));
  }
  return out.slice(0, MAX);
}

/**
 * Suggestions for "When" and "How often": time words already typed in the first step or goal
 * first, then the usual answers in the plan's language (English for "both", whose plan the
 * clinician writes in English first).
 */
export function timingSuggestions(
  agreement: { goal: string; firstAction: string },
  language: PlanLanguage,
): TimingSuggestions {
  const texts = [agreement.firstAction, agreement.goal];
  const defaults = DEFAULTS[language === 'cy' ? 'cy' : 'en'];
  return {
    when: tidy([...found(texts, WHEN_CUES), ...defaults.when]),
    howOften: tidy([...found(texts, OFTEN_CUES), ...defaults.howOften]),
  };
}
