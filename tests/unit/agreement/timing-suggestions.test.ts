import { describe, expect, it } from 'vitest';
import { timingSuggestions } from '../../../lib/agreement/timing-suggestions';

const none = { goal: '', firstAction: '' };

describe('when and how-often suggestions', () => {
  it('offers the usual answers when nothing has been typed', () => {
    expect(timingSuggestions(none, 'en')).toEqual({
      when: ['Starting tomorrow', 'This week'],
      howOften: ['Every day', '5 days a week', '3 times a week', 'Once a week'],
    });
  });

  it('offers them in Welsh for a Welsh plan, and in English for a plan in both languages', () => {
    expect(timingSuggestions(none, 'cy').howOften[0]).toBe('Bob dydd');
    expect(timingSuggestions(none, 'cy').when[0]).toBe('O yfory ymlaen');
    expect(timingSuggestions(none, 'both').howOften[0]).toBe('Every day');
  });

  it('puts time words already typed in the first step first, so they need no retyping', () => {
    const got = timingSuggestions(
      { goal: 'Walk to the allotment', firstAction: 'Walk for 10 minutes after lunch, five days a week' },
      'en',
    );
    expect(got.when[0]).toBe('After lunch');
    expect(got.howOften[0]).toBe('Five days a week');
  });

  it('reads the goal too, after the first step', () => {
    const got = timingSuggestions(
      { goal: 'Check my blood pressure every morning, twice a day', firstAction: 'Buy a monitor this week' },
      'en',
    );
    expect(got.when.slice(0, 2)).toEqual(['This week', 'Every morning']);
    expect(got.howOften[0]).toBe('Twice a day');
  });

  it('finds the common spellings of a frequency', () => {
    for (const [text, wanted] of [
      ['take it daily', 'Daily'],
      ['3 times a week', '3 times a week'],
      ['once a week', 'Once a week'],
      ['every other day', 'Every other day'],
      ['swim weekly', 'Weekly'],
      ['every day', 'Every day'],
    ] as const) {
      expect(timingSuggestions({ goal: '', firstAction: text }, 'en').howOften[0]).toBe(wanted);
    }
  });

  it('finds days, meals and starting points as "when"', () => {
    for (const [text, wanted] of [
      ['walk on Saturdays', 'On Saturdays'],
      ['stretch before bed', 'Before bed'],
      ['start from Monday', 'From Monday'],
      ['starting tomorrow', 'Starting tomorrow'],
      ['a walk in the evening', 'In the evening'],
    ] as const) {
      expect(timingSuggestions({ goal: '', firstAction: text }, 'en').when[0]).toBe(wanted);
    }
  });

  it('never repeats an answer and offers at most four', () => {
    const got = timingSuggestions(
      { goal: 'every day', firstAction: 'Every day, daily, weekly, twice a week, 2 times a day' },
      'en',
    );
    expect(got.howOften).toEqual(['Every day', 'Daily', 'Weekly', '2 times a day']);
    expect(new Set(got.howOften.map((v) => v.toLowerCase())).size).toBe(got.howOften.length);
  });

  it('is total: odd text gives the defaults and never throws', () => {
    expect(timingSuggestions({ goal: '\u202e)(*&^', firstAction: 'a'.repeat(10_000) }, 'en').when).toEqual([
      'Starting tomorrow',
      'This week',
    ]);
  });
});
