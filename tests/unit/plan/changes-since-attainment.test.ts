import { describe, expect, it } from 'vitest';
import { chosenValues, GOAL_ATTAINMENTS } from '../../../lib/domain/choice-values';
import { PATIENT_WORDS } from '../../../lib/i18n/patient-words';
import { LANGUAGES } from '../../../lib/i18n/types';
import { describeChangesSince } from '../../../lib/plan/changes-since';
import { agreedPlan, reviewOf } from '../audit/fixtures';

const plan = agreedPlan('p', '2026-10-01T09:00:00Z', { confidence: null, baseline: null });
const goal = plan.agreement.goal;

/** The sentences as the plan has always written them: the words moved to lib/i18n, not one byte changed. */
const SENTENCES = {
  en: {
    achieved: [`You reached your goal “${goal}”.`, 'You reached your goal.'],
    partly: [`You partly reached your goal “${goal}”.`, 'You partly reached your goal.'],
    'not-yet': [`You have not reached your goal “${goal}” yet.`, 'You have not reached your goal yet.'],
    changed: ['Your goal has changed since last time.', 'Your goal has changed since last time.'],
  },
  cy: {
    achieved: [`Rydych wedi cyrraedd eich nod “${goal}”.`, 'Rydych wedi cyrraedd eich nod.'],
    partly: [
      `Rydych wedi cyrraedd eich nod “${goal}” yn rhannol.`,
      'Rydych wedi cyrraedd eich nod yn rhannol.',
    ],
    'not-yet': [`Nid ydych wedi cyrraedd eich nod “${goal}” eto.`, 'Nid ydych wedi cyrraedd eich nod eto.'],
    changed: ['Mae eich nod wedi newid ers y tro diwethaf.', 'Mae eich nod wedi newid ers y tro diwethaf.'],
  },
} as const;

describe('the patient’s sentence for each goal attainment', () => {
  const cases = LANGUAGES.flatMap((language) =>
    chosenValues(GOAL_ATTAINMENTS).map((attainment) => [language, attainment] as const),
  );
  it.each(cases)('in %s, %s reads as it always has, goal quoted or not', (language, attainment) => {
    const review = reviewOf('r', '2026-11-01T09:00:00Z', 'p', { attainment });
    const [quoted, unquoted] = SENTENCES[language][attainment];
    expect(describeChangesSince(plan, review, language)).toEqual([quoted]);
    expect(describeChangesSince(plan, review, language, { quoteGoal: false })).toEqual([unquoted]);
  });

  it('gives no sentence for an attainment not marked', () => {
    const review = reviewOf('r', '2026-11-01T09:00:00Z', 'p', { attainment: '' });
    for (const language of LANGUAGES) expect(describeChangesSince(plan, review, language)).toEqual([]);
  });

  it('puts a goal in as typed, even one that looks like a replacement pattern', () => {
    const odd = { ...plan, agreement: { ...plan.agreement, goal: "$& $' $1 {goal}" } };
    const review = reviewOf('r', '2026-11-01T09:00:00Z', 'p', { attainment: 'achieved' });
    expect(describeChangesSince(odd, review)).toEqual(["You reached your goal “$& $' $1 {goal}”."]);
  });

  it('has the goal’s place in every sentence that names the goal, and only once', () => {
    for (const language of LANGUAGES)
      for (const [attainment, words] of Object.entries(PATIENT_WORDS[language].attainment))
        expect(words.split('{goal}').length, `${language} ${attainment}`).toBe(
          attainment === 'changed' ? 1 : 2,
        );
  });
});
